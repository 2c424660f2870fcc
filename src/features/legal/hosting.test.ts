import { describe, expect, it } from 'vitest';
import { hostingStatement, hostings, type Hosting } from './hosting';

describe.each(hostings.map((hosting) => [hosting] as [Hosting]))('hosting on %s', (hosting) => {
  const nb = hostingStatement(hosting, 'nb');
  const en = hostingStatement(hosting, 'en');
  const all = (s: typeof nb) => [s.lead, ...s.server, ...s.retention, s.processor ?? ''].join(' ');

  if (hosting === 'nginx') {
    it('promises no access log and the 14 days of the error log, and names no processor', () => {
      expect(all(nb)).toContain('ingen tilgangslogg');
      expect(all(nb)).toContain('14 dager');
      expect(nb.processor).toBeUndefined();
      expect(all(en)).toContain('no access log');
    });
  } else {
    it('names the host as the data processor and promises no missing log', () => {
      expect(nb.processor).toMatch(/databehandler for kommunen/);
      expect(en.processor).toMatch(/data processor/);
      expect(all(nb)).not.toMatch(/ingen tilgangslogg|14 dager/);
      expect(all(en)).not.toMatch(/no access log|14 days/);
    });
  }
});

describe('an unknown host', () => {
  it('fails, naming the configuration and the hosts there are', () => {
    expect(() => hostingStatement('apache' as Hosting, 'nb')).toThrow(
      /src\/site\.config\.ts: hosting is "apache"; expected one of: nginx, netlify, cloudflare-pages/,
    );
  });
});
