/**
 * The Content-Security-Policy of the browser editor at `/admin/` (Decap CMS). The public
 * policy is too strict for it; this one is the tightest it works under, and it only opens the
 * one repository host the editor saves to (site configuration `repository.host`).
 */

/** Origins the editor talks to after log-in, per repository host. */
export const repositoryApiOrigins = {
  // Decap's GitHub backend reads and writes through the REST and GraphQL APIs; avatars and
  // images already in the repository are shown from GitHub's content hosts.
  github: {
    connect: ['https://api.github.com'],
    img: ['https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com'],
  },
  // GitLab's API and its PKCE token exchange are both on gitlab.com.
  gitlab: {
    connect: ['https://gitlab.com'],
    img: ['https://gitlab.com', 'https://secure.gravatar.com'],
  },
} as const satisfies Record<string, { connect: readonly string[]; img: readonly string[] }>;

/** The editor's policy directives, in the order they are written. */
export function adminCspDirectives(host: keyof typeof repositoryApiOrigins): [string, string[]][] {
  const origins = repositoryApiOrigins[host];
  return [
    ['default-src', ["'self'"]],
    // Decap validates its configuration with ajv, which compiles validators with new Function().
    ['script-src', ["'self'", "'unsafe-eval'"]],
    // Decap's React components are styled with emotion, which writes <style> elements at run time.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    // Images chosen for upload are previewed from blob: URLs before they are saved.
    ['img-src', ["'self'", 'data:', 'blob:', ...origins.img]],
    ['font-src', ["'self'", 'data:']],
    // Decap reads media it has already loaded back from blob: URLs.
    ['connect-src', ["'self'", 'blob:', ...origins.connect]],
    ['media-src', ["'self'", 'blob:']],
    ['worker-src', ["'self'", 'blob:']],
    // The preview pane is a frame of the editor's own page.
    ['frame-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
}

/** The editor's policy as one header value. */
export function adminContentSecurityPolicy(host: keyof typeof repositoryApiOrigins): string {
  return adminCspDirectives(host)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}
