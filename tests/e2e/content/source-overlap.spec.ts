import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { copiedRuns, htmlText } from '../../support/word-runs';
import { distDir, htmlFiles } from '../site';

/**
 * No built page repeats eight or more consecutive words of the source article, except the KS
 * report's title. The article itself is not in the repository, only hashes of its runs.
 */
const sourceHashes = new Set(
  readFileSync(new URL('../../fixtures/source-article/hashes.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean),
);
const allowedQuotes = ['Hvordan lykkes kommunesektoren i sosiale medier?'];

test('no built page copies eight words in a row from the source article', () => {
  const copied = htmlFiles().flatMap((file) =>
    copiedRuns(
      htmlText(readFileSync(join(distDir, file), 'utf8')),
      sourceHashes,
      allowedQuotes,
    ).map((run) => `${file}: "${run}"`),
  );
  expect(copied).toEqual([]);
});
