// The search index's size on disk, shared by `npm run bench` and `npm run bench:search`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes on disk of Pagefind's own index and of the search vocabulary written beside it. */
export interface IndexSize {
  pagefind: number;
  vocabulary: number;
}

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => statSync(join(dir, file)))
    .filter((stat) => stat.isFile())
    .reduce((sum, stat) => sum + stat.size, 0);
}

/** The index of the built site in `site`: Pagefind's folder, less the vocabulary inside it. */
export function indexSize(site: string): IndexSize {
  const vocabulary = folderBytes(join(site, 'pagefind/vocabulary'));
  return { pagefind: folderBytes(join(site, 'pagefind')) - vocabulary, vocabulary };
}
