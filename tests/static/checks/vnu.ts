// The W3C Nu HTML Checker (vnu-jar) over many HTML files in one Java run: the JVM's start and
// warm-up cost more than checking a page, so every page of every site goes into one invocation.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const vnuJar: string = createRequire(import.meta.url)('vnu-jar');

interface VnuMessage {
  url: string;
  message: string;
  lastLine?: number;
}

/**
 * The checker's errors (no warnings, as before) for each of `files` (absolute paths), as
 * `line: message`; a file without errors is absent from the result.
 */
export async function validateHtml(files: string[]): Promise<Map<string, string[]>> {
  let report: string;
  try {
    await promisify(execFile)(
      'java',
      ['-Xss16m', '-jar', vnuJar, '--errors-only', '--format', 'json', ...files],
      { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    report = '{"messages":[]}';
  } catch (error) {
    // vnu exits with 1 when it found errors, and writes its JSON report to stderr.
    const failure = error as { stderr?: string; stdout?: string };
    report = failure.stderr || failure.stdout || '';
    if (!report.trim().startsWith('{')) throw error;
  }
  const errors = new Map<string, string[]>();
  for (const m of (JSON.parse(report) as { messages: VnuMessage[] }).messages) {
    const file = decodeURIComponent(new URL(m.url).pathname);
    errors.set(file, [...(errors.get(file) ?? []), `${m.lastLine ?? '?'}: ${m.message}`]);
  }
  return errors;
}
