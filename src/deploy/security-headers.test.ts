import { describe, expect, it } from 'vitest';
import { nginxServerConfig, shippedNginxConfig } from './nginx';
import { embedHosts } from '../core/embeds/embeds';
import {
  adminSecurityHeaders,
  contentSecurityPolicy,
  cspDirectives,
  frameHosts,
  headersFile,
  permissionsPolicy,
  playerOrigin,
  securityHeaders,
} from './security-headers';

const directives = new Map(cspDirectives());

describe('the Content-Security-Policy', () => {
  it('runs only the site’s own script files, plus WebAssembly for the search', () => {
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it.each(['default-src', 'style-src', 'connect-src', 'font-src', 'media-src'])(
    '%s allows the site itself only',
    (name) => {
      expect(directives.get(name)).toEqual(["'self'"]);
    },
  );

  it('allows nothing inline or evaluated anywhere', () => {
    expect(contentSecurityPolicy()).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
  });

  it('allows frames only from the video player and the post embed hosts, over https', () => {
    const expected = [playerOrigin, ...Object.values(embedHosts).map((host) => `https://${host}`)];
    expect(new Set(directives.get('frame-src'))).toEqual(new Set(expected));
    expect(playerOrigin).toBe('https://www.youtube-nocookie.com');
    for (const origin of frameHosts) expect(new URL(origin).origin).toBe(origin);
  });

  it('keeps the site out of other sites’ frames and forbids plugins', () => {
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });

  it('is written as "name sources; name sources"', () => {
    expect(contentSecurityPolicy(['https://a.example'])).toContain(
      '; frame-src https://a.example; ',
    );
  });
});

describe('the Permissions-Policy', () => {
  it('turns off camera, microphone and location, and lets only the player go full screen', () => {
    const policy = permissionsPolicy(['https://player.example']);
    expect(policy).toContain('camera=()');
    expect(policy).toContain('microphone=()');
    expect(policy).toContain('geolocation=()');
    expect(policy).toContain('fullscreen=(self "https://player.example")');
  });
});

describe('the deploy files', () => {
  const names = securityHeaders().map(([name]) => name);

  it.each([
    'Content-Security-Policy',
    'Referrer-Policy',
    'X-Content-Type-Options',
    'Permissions-Policy',
  ])('send %s', (name) => {
    expect(names).toContain(name);
  });

  it('_headers applies every header to every path', () => {
    const file = headersFile();
    expect(file).toMatch(/^\/\*$/m);
    for (const [name, value] of securityHeaders()) expect(file).toContain(`  ${name}: ${value}\n`);
  });

  it('_headers gives /admin/ each of the editor’s own values in place of the site’s', () => {
    const admin = headersFile().split('\n/admin/*\n')[1] ?? '';
    const site = new Map(securityHeaders());
    const own = adminSecurityHeaders().filter(([name, value]) => site.get(name) !== value);
    expect(own.map(([name]) => name)).toEqual(
      expect.arrayContaining(['Content-Security-Policy', 'Cross-Origin-Opener-Policy']),
    );
    for (const [name, value] of own) {
      expect(admin).toContain(`  ! ${name}\n  ${name}: ${value}\n`);
    }
  });

  it('the nginx block sends every header, also on errors, with quotes escaped', () => {
    const config = nginxServerConfig({ serverName: 'example.org', listen: '8080', root: '/srv' });
    expect(config).toContain('listen 8080;');
    expect(config).toContain('root /srv;');
    for (const [name, value] of securityHeaders()) {
      expect(config).toContain(`add_header ${name} "${value.replaceAll('"', '\\"')}" always;`);
    }
  });

  it('src/deploy/nginx.conf is up to date (`npm run deploy:config` rewrites it)', async () => {
    await expect(shippedNginxConfig()).toMatchFileSnapshot('./nginx.conf');
  });
});
