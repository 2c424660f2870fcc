/**
 * The HTTP headers the site is served with, in one place. `src/deploy/nginx.conf` and the
 * `_headers` file in the built site are both written from this module, and the browser tests
 * check the served headers against it.
 *
 * Every script and stylesheet is a file under the site's own origin (see `astro.config.mjs`:
 * nothing is inlined), so the policy needs neither hashes nor `'unsafe-inline'`, and one policy
 * fits every page.
 */

import { site } from '../site.config.ts';
import { adminContentSecurityPolicy } from '../features/editor/admin-csp.ts';
import { embedHosts } from '../core/embeds/embeds.ts';
import { youtubePlayerOrigin } from '../core/embeds/youtube.ts';

/** Origin of the recruitment video player's frame, from the player's own embed address. */
export const playerOrigin = youtubePlayerOrigin;

/**
 * Origins the video player and the consent-gated post embeds (`src/core/embeds/embeds.ts`) load their
 * frames from, and nothing else. The visitor's click is what loads them.
 */
export const frameHosts: readonly string[] = [
  ...new Set([playerOrigin, ...Object.values(embedHosts).map((host) => `https://${host}`)]),
].sort();

/** Origins a frame may use for powerful features such as full screen (the video player). */
export const playerOrigins: readonly string[] = [playerOrigin];

/** The Content-Security-Policy directives, in the order they are written. */
export function cspDirectives(frames: readonly string[] = frameHosts): [string, string[]][] {
  return [
    ['default-src', ["'self'"]],
    // Pagefind compiles its WebAssembly search engine in the page and in a worker.
    ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
    ['style-src', ["'self'"]],
    // Designsystemet draws its icons with small SVGs written as data: URLs in its CSS.
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['media-src', ["'self'"]],
    // Pagefind's worker is a file of the site; some browsers start it from a blob: URL.
    ['worker-src', ["'self'", 'blob:']],
    ['frame-src', [...frames]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
}

/** The policy as one header value. */
export function contentSecurityPolicy(frames: readonly string[] = frameHosts): string {
  return cspDirectives(frames)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/**
 * Features no page uses are switched off for the page and every frame; the video player may
 * still go full screen, autoplay after the click and play picture-in-picture.
 */
export function permissionsPolicy(players: readonly string[] = playerOrigins): string {
  const allowPlayers = `(self ${players.map((origin) => `"${origin}"`).join(' ')})`;
  const off = [
    'accelerometer',
    'browsing-topics',
    'camera',
    'display-capture',
    'geolocation',
    'gyroscope',
    'magnetometer',
    'microphone',
    'midi',
    'payment',
    'usb',
  ];
  return [
    ...off.map((feature) => `${feature}=()`),
    `autoplay=${allowPlayers}`,
    `encrypted-media=${allowPlayers}`,
    `fullscreen=${allowPlayers}`,
    `picture-in-picture=${allowPlayers}`,
  ].join(', ');
}

/** Every security header, name and value, sent with every response. */
export function securityHeaders(): [string, string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy()],
    // YouTube's player refuses to start without knowing the embedding site, so the origin
    // (never the path) is sent to other sites.
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Permissions-Policy', permissionsPolicy()],
    // For browsers that predate frame-ancestors.
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/** The headers of the browser editor under `/admin/`: the same, with its own policy. */
export function adminSecurityHeaders(): [string, string][] {
  const own: Record<string, string> = {
    'Content-Security-Policy': adminContentSecurityPolicy(site.repository.host),
    // Log-in opens the repository host in a pop-up that reports back to this page.
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
  };
  return securityHeaders().map(([name, value]) => [name, own[name] ?? value]);
}

/** The editor's headers whose values differ from the rest of the site's. */
function adminOwnHeaders(): [string, string][] {
  const site = new Map(securityHeaders());
  return adminSecurityHeaders().filter(([name, value]) => site.get(name) !== value);
}

/** Cache rule for Astro's fingerprinted assets, whose names change when their content does. */
export const immutableCache: [string, string] = [
  'Cache-Control',
  'public, max-age=31536000, immutable',
];

/** The `_headers` file read by Netlify, Cloudflare Pages and similar static hosts. */
export function headersFile(): string {
  const block = (path: string, headers: [string, string][]) =>
    [path, ...headers.map(([name, value]) => (value ? `  ${name}: ${value}` : `  ${name}`))].join(
      '\n',
    );
  return [
    '# Written by the build from src/deploy/security-headers.ts; edit that file, not this one.',
    block('/*', securityHeaders()),
    block('/_astro/*', [immutableCache]),
    // The editor's own values (its policy, and the opener policy its log-in pop-up needs); `!`
    // drops the value inherited from /* (Cloudflare Pages), so only the editor's applies.
    block(
      '/admin/*',
      adminOwnHeaders().flatMap(([name, value]): [string, string][] => [
        [`! ${name}`, ''],
        [name, value],
      ]),
    ),
    '',
  ].join('\n');
}
