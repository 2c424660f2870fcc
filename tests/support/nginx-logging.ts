/**
 * Reads an nginx server block and says where it would write a visitor's full IP address. The
 * privacy page promises that no access log keeps it; this check holds the shipped configuration
 * to that promise.
 */

/** nginx variables that hold a client's full address. */
export const addressVariables = [
  '$remote_addr',
  '$binary_remote_addr',
  '$realip_remote_addr',
  '$http_x_forwarded_for',
  '$proxy_add_x_forwarded_for',
  '$http_x_real_ip',
  '$http_forwarded',
] as const;

/** Error-log levels at which nginx writes only faults of the server, not each missing file. */
const quietErrorLevels = ['crit', 'alert', 'emerg'];

/** One directive: its name and arguments, comments and quotes removed. */
interface Directive {
  name: string;
  args: string[];
}

function directives(config: string): Directive[] {
  const text = config.replace(/#[^\n]*/g, '');
  return text
    .split(/[;{}]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const tokens = part.match(/'[^']*'|"[^"]*"|\S+/g) ?? [];
      const [name = '', ...args] = tokens.map((token) => token.replace(/^['"]|['"]$/g, ''));
      return { name, args };
    });
}

/**
 * The problems that would let `config` (one server block, included in nginx's `http {}`) log a
 * visitor's full address; `[]` when none. A block without its own `access_log` inherits Debian's
 * default, which logs every address, so it must say `access_log off` or name a format without
 * any of {@link addressVariables}.
 */
export function addressLoggingProblems(config: string): string[] {
  const all = directives(config);
  const formats = new Map(
    all
      .filter((d) => d.name === 'log_format')
      .map((d) => [d.args[0] ?? '', d.args.slice(1).join(' ')] as const),
  );
  const problems: string[] = [];
  const accessLogs = all.filter((d) => d.name === 'access_log');
  if (accessLogs.length === 0) {
    problems.push('no access_log directive: the default access log records every address');
  }
  for (const { args } of accessLogs) {
    if (args[0] === 'off') continue;
    const format = args[1];
    if (!format || format === 'combined') {
      problems.push(`access_log ${args.join(' ')} uses the "combined" format with $remote_addr`);
      continue;
    }
    const body = formats.get(format);
    if (body === undefined) {
      problems.push(`access_log ${args.join(' ')} names the undefined format "${format}"`);
      continue;
    }
    const leaked = addressVariables.filter((variable) =>
      new RegExp(`\\${variable}(?![A-Za-z0-9_])`).test(body),
    );
    if (leaked.length > 0) {
      problems.push(`log_format ${format} writes ${leaked.join(', ')}`);
    }
  }
  for (const { args } of all.filter((d) => d.name === 'error_log')) {
    const level = args[1] ?? 'error';
    if (args[0] !== '/dev/null' && !quietErrorLevels.includes(level)) {
      problems.push(`error_log ${args.join(' ')} logs each failed request with its client address`);
    }
  }
  return problems;
}
