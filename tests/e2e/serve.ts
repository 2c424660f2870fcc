// Serves the built site for the browser tests with nginx and the shipped configuration
// (src/deploy/nginx.conf), on 127.0.0.1 and the port given as the first argument.
// Usage: node tests/e2e/serve.ts <port> [site folder, default dist/]
// With SITE_ACCESS_LOG=<file>, nginx writes each request's path, body bytes and bytes with headers
// to that file.
// Where nginx is not installed it falls back to `astro preview`, which sends none of the
// security headers, and says so loudly.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');
const port = Number(process.argv[2] ?? process.env['TEST_PORT'] ?? 4399);
const root = resolve(process.argv[3] ?? join(repo, 'dist'));
const shipped = join(repo, 'src/deploy/nginx.conf');
// The benchmark counts the bytes nginx sends for each request.
const accessLog = process.env['SITE_ACCESS_LOG'];

/** The nginx binary on PATH or in Debian's place, or undefined. */
function findNginx(): string | undefined {
  for (const candidate of ['nginx', '/usr/sbin/nginx']) {
    if (spawnSync(candidate, ['-v'], { stdio: 'ignore' }).status === 0) return candidate;
  }
  return undefined;
}

/**
 * A complete nginx configuration around the shipped server block, with only `listen` and `root`
 * changed. Pid file, logs and temporary files go to `dir`, so no root-owned path is needed.
 */
function testConfig(dir: string): string {
  const server = readFileSync(shipped, 'utf8')
    .replace(/^(\s*)listen [^;]+;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root [^;]+;/m, `$1root ${root};`)
    // The shipped error log is root-owned; the benchmark's byte count needs the access log the
    // shipped block turns off.
    .replace(/^(\s*)error_log [^;]+;/m, '$1error_log stderr crit;')
    .replace(/^\s*access_log off;\n/m, accessLog ? '' : '$&');
  if (!server.includes(`listen 127.0.0.1:${port};`) || !server.includes(`root ${root};`)) {
    throw new Error(`${shipped}: expected one "listen …;" and one "root …;" line to replace.`);
  }
  // Workers of a master started as root would otherwise run as "nobody" and might not read
  // the checkout.
  const user = process.getuid?.() === 0 ? `user ${userInfo().username};\n` : '';
  return `${user}worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    log_format sent '$request_uri $body_bytes_sent $bytes_sent';
    access_log ${accessLog ? `${accessLog} sent` : 'off'};
    sendfile on;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
${server}
}
`;
}

const nginx = findNginx();
if (nginx) {
  const dir = mkdtempSync(join(tmpdir(), 'site-nginx-'));
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, testConfig(dir));
  const check = spawnSync(nginx, ['-t', '-q', '-e', 'stderr', '-p', dir, '-c', conf], {
    encoding: 'utf8',
  });
  if (check.status !== 0) {
    console.error(`nginx rejected the configuration from ${shipped}:\n${check.stderr}`);
    process.exit(1);
  }
  console.log(`nginx serving ${root} on http://127.0.0.1:${port}/ with ${shipped}`);
  const child = spawn(nginx, ['-e', 'stderr', '-p', dir, '-c', conf, '-g', 'daemon off;'], {
    stdio: 'inherit',
  });
  const stop = () => child.kill('SIGQUIT');
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  child.on('exit', (code) => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(code ?? 0);
  });
} else {
  const banner = '!'.repeat(78);
  console.warn(
    `${banner}\n! nginx is not installed: serving with "astro preview" instead.\n` +
      `! The security headers are NOT sent, so the CSP tests will fail.\n` +
      `! Install it (Debian: apt-get install nginx-light) to test the shipped configuration.\n${banner}`,
  );
  const child = spawn(
    'npx',
    ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1', '--outDir', root],
    { cwd: repo, stdio: 'inherit' },
  );
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  process.on('SIGINT', () => child.kill('SIGINT'));
  child.on('exit', (code) => process.exit(code ?? 0));
}
