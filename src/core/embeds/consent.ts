import { platformIds, type Platform } from './platforms';

/**
 * Remembered consent to load a platform's embeds. It lives only in the visitor's own
 * `localStorage` (never a cookie, so it never travels to any server) as a JSON list of
 * platform ids. The functions take the storage as an argument so they can be tested without a
 * browser, and they never throw: storage can be missing, full or blocked, and a broken value
 * must not keep the page from working.
 */

/** The `localStorage` key that holds the remembered platforms. */
export const consentStorageKey = 'embed-consent';

/** The part of the Web Storage API these functions use. */
export type ConsentStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Reads the stored value: known platform ids, each once, in the site's platform order. */
export function parseConsent(raw: string | null): Platform[] {
  if (raw === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return platformIds.filter((id) => value.includes(id));
}

/** The stored value for a list of platforms. */
export function serializeConsent(platforms: readonly Platform[]): string {
  return JSON.stringify(platformIds.filter((id) => platforms.includes(id)));
}

/** The platforms the visitor has asked the site to remember. */
export function rememberedPlatforms(storage: ConsentStorage | undefined): Platform[] {
  try {
    return parseConsent(storage?.getItem(consentStorageKey) ?? null);
  } catch {
    return [];
  }
}

/** Adds a platform to the remembered ones; returns false when the storage refused. */
export function rememberPlatform(storage: ConsentStorage | undefined, platform: Platform): boolean {
  if (!storage) return false;
  try {
    const next = serializeConsent([...rememberedPlatforms(storage), platform]);
    storage.setItem(consentStorageKey, next);
    return true;
  } catch {
    return false;
  }
}

/** Forgets every remembered platform; returns false when the storage refused. */
export function forgetAllPlatforms(storage: ConsentStorage | undefined): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(consentStorageKey);
    return true;
  } catch {
    return false;
  }
}

/** The page's `localStorage`, or `undefined` where the browser blocks it. */
export function browserStorage(): ConsentStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
