/** The social platforms the municipality publishes on, and the hosts their URLs live on. */
export const platforms = {
  facebook: { name: 'Facebook', hosts: ['facebook.com', 'fb.com'] },
  instagram: { name: 'Instagram', hosts: ['instagram.com'] },
  x: { name: 'X (Twitter)', hosts: ['x.com', 'twitter.com'] },
  youtube: { name: 'YouTube', hosts: ['youtube.com', 'youtu.be'] },
  linkedin: { name: 'LinkedIn', hosts: ['linkedin.com'] },
  flickr: { name: 'Flickr', hosts: ['flickr.com', 'flic.kr'] },
  // Mastodon is many servers, each with its own host, so any https address is accepted; a
  // post's address is still checked for the `/@account/<number>` shape (embeds.ts).
  mastodon: { name: 'Mastodon', hosts: [] },
  bluesky: { name: 'Bluesky', hosts: ['bsky.app'] },
  cpoint: { name: 'CPoint', hosts: [] },
} as const satisfies Record<string, { name: string; hosts: readonly string[] }>;

export type Platform = keyof typeof platforms;

/** Platform ids in a stable order, for schemas and listings. */
export const platformIds = Object.keys(platforms) as [Platform, ...Platform[]];

/** Parses `value` as an https URL, or returns `undefined`. */
export function parseHttpsUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** True when `host` is `domain` or one of its subdomains (`www.`, `m.`, …). */
export function hostMatches(host: string, domain: string): boolean {
  const h = host.toLowerCase();
  return h === domain || h.endsWith(`.${domain}`);
}

/**
 * True when `url` is an https address on one of the platform's hosts. A platform without
 * hosts of its own (CPoint, Mastodon) accepts any https address.
 */
export function urlBelongsToPlatform(url: string, platform: Platform): boolean {
  const parsed = parseHttpsUrl(url);
  if (!parsed) return false;
  const hosts: readonly string[] = platforms[platform].hosts;
  return hosts.length === 0 || hosts.some((domain) => hostMatches(parsed.hostname, domain));
}

/** Human-readable list of the hosts a platform accepts, for error messages. */
export function describeHosts(platform: Platform): string {
  const hosts: readonly string[] = platforms[platform].hosts;
  return hosts.length === 0 ? 'any https address' : hosts.join(' or ');
}
