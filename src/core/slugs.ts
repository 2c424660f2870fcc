import { slug } from 'github-slugger';

const contentExtension = /\.(mdx?|ya?ml|json)$/i;

/** True for a file the content collections read. */
export function isContentFile(path: string): boolean {
  return contentExtension.test(path);
}

/**
 * The id (and URL segment) of a content file, from its path inside the collection folder:
 * `Sykepleier i hjemmetjenesten.mdx` → `sykepleier-i-hjemmetjenesten`.
 */
export function entryId(path: string): string {
  return path
    .replace(contentExtension, '')
    .split('/')
    .map((segment) => slug(segment))
    .join('/');
}
