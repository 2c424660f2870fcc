import { describe, expect, it } from 'vitest';
import {
  consentStorageKey,
  forgetAllPlatforms,
  parseConsent,
  rememberPlatform,
  rememberedPlatforms,
  serializeConsent,
  type ConsentStorage,
} from './consent';

/** An in-memory stand-in for localStorage. */
function memoryStorage(initial: Record<string, string> = {}): ConsentStorage & {
  items: Map<string, string>;
} {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** Storage that refuses everything, as in some private browsing modes. */
const blockedStorage: ConsentStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe.each([
  [null, []],
  ['', []],
  ['not json', []],
  ['{"facebook":true}', []],
  ['"facebook"', []],
  ['["facebook"]', ['facebook']],
  ['["youtube","facebook","youtube"]', ['facebook', 'youtube']],
  ['["facebook","myspace",3,null]', ['facebook']],
])('parseConsent(%j)', (raw, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(parseConsent(raw)).toEqual(expected));
});

describe('remembering platforms', () => {
  it('stores the platform list as JSON under one key', () => {
    const storage = memoryStorage();
    expect(rememberPlatform(storage, 'youtube')).toBe(true);
    expect(rememberPlatform(storage, 'facebook')).toBe(true);
    expect(rememberPlatform(storage, 'youtube')).toBe(true);
    expect(storage.items.get(consentStorageKey)).toBe('["facebook","youtube"]');
    expect(rememberedPlatforms(storage)).toEqual(['facebook', 'youtube']);
  });

  it('forgets every platform at once', () => {
    const storage = memoryStorage({ [consentStorageKey]: serializeConsent(['x', 'flickr']) });
    expect(forgetAllPlatforms(storage)).toBe(true);
    expect(storage.items.has(consentStorageKey)).toBe(false);
    expect(rememberedPlatforms(storage)).toEqual([]);
  });

  it('leaves other keys alone', () => {
    const storage = memoryStorage({ other: 'kept' });
    rememberPlatform(storage, 'x');
    forgetAllPlatforms(storage);
    expect(storage.items.get('other')).toBe('kept');
  });

  it('treats blocked or missing storage as nothing remembered, without throwing', () => {
    expect(rememberedPlatforms(blockedStorage)).toEqual([]);
    expect(rememberPlatform(blockedStorage, 'x')).toBe(false);
    expect(forgetAllPlatforms(blockedStorage)).toBe(false);
    expect(rememberedPlatforms(undefined)).toEqual([]);
    expect(rememberPlatform(undefined, 'x')).toBe(false);
  });
});
