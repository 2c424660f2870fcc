import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addressLoggingProblems } from '../support/nginx-logging';

const shipped = readFileSync(new URL('../../src/deploy/nginx.conf', import.meta.url), 'utf8');

describe('the shipped nginx configuration', () => {
  it('logs no visitor address in full', () => {
    expect(addressLoggingProblems(shipped)).toEqual([]);
  });

  it('turns the access log off or anonymises it in its own server block', () => {
    expect(shipped).toMatch(/^\s*(access_log off|access_log \S+ \S+);/m);
  });
});

describe.each([
  ['no access_log at all', 'server { root /srv; }', /default access log/],
  ['the combined format', 'server { access_log /var/log/a.log; }', /combined/],
  [
    'a format with $remote_addr',
    "log_format full '$remote_addr $request'; server { access_log /l full; }",
    /\$remote_addr/,
  ],
  [
    'a format with the forwarded-for header',
    "log_format fwd '$http_x_forwarded_for'; server { access_log /l fwd; }",
    /\$http_x_forwarded_for/,
  ],
  ['an undefined format', 'server { access_log /l nothere; }', /undefined format/],
  [
    'an error log at the default level',
    'server { access_log off; error_log /e.log; }',
    /error_log/,
  ],
])('a configuration with %s', (_name, config, problem) => {
  it('is refused', () => {
    expect(addressLoggingProblems(config).join('\n')).toMatch(problem);
  });
});

describe.each([
  ['access_log off', 'server { access_log off; error_log /e.log crit; }'],
  [
    'an anonymised address',
    'map $remote_addr $anon { ~(?P<ip>\\d+\\.\\d+\\.\\d+)\\.\\d+ $ip.0; default 0.0.0.0; }\n' +
      'log_format anon \'$anon [$time_local] "$request" $status\'; server { access_log /l anon; }',
  ],
  [
    'a format without addresses',
    "log_format paths '$request_uri $status'; server { access_log /l paths; }",
  ],
])('a configuration with %s', (_name, config) => {
  it('passes', () => {
    expect(addressLoggingProblems(config)).toEqual([]);
  });
});
