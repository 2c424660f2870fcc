/**
 * The platforms' own export files, which an editor downloads and places in a folder the sync
 * reads: Facebook and Instagram ("Download your information", JSON), X (the archive) and
 * LinkedIn (`Shares.csv`). Nothing is fetched; pictures are copied from inside the folder only.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SourceConfig } from '../config.ts';
import type { Adapter, AdapterResult, SyncContext } from '../run.ts';
import { readExportImage } from '../social/export-files.ts';
import { facebookPostFiles, parseFacebookPosts } from '../social/facebook.ts';
import { instagramPostFiles, parseInstagramPosts } from '../social/instagram.ts';
import { parseLinkedInShares } from '../social/linkedin.ts';
import {
  channelAddress,
  checkSocialOptions,
  postEntries,
  sinceOf,
  stringOption,
  type SocialSourceOptions,
} from '../social/post-entry.ts';
import { MalformedPayload, type ParsedPosts } from '../social/social-post.ts';
import { parseXAccount, parseXTweets, readArchiveScript } from '../social/x.ts';
import type { Platform } from '../../../core/embeds/platforms.ts';

/** Options of an export folder (docs/sync.md, "Export files"). */
export interface ExportOptions extends SocialSourceOptions {
  name?: string;
  /** The unpacked export, relative to the repository (e.g. `eksport/facebook`). */
  folder: string;
}

/** Options of an X archive. */
export interface XExportOptions extends ExportOptions {
  /** The account's user name without @; the archive must be of this account. */
  username: string;
  /** Import retweets too (left out unless true). */
  includeRetweets?: boolean;
}

export const facebookExport = (options: ExportOptions): SourceConfig => ({
  kind: 'facebook-export',
  ...options,
});
export const instagramExport = (options: ExportOptions): SourceConfig => ({
  kind: 'instagram-export',
  ...options,
});
export const xExport = (options: XExportOptions): SourceConfig => ({
  kind: 'x-export',
  ...options,
});
export const linkedinExport = (options: ExportOptions): SourceConfig => ({
  kind: 'linkedin-export',
  ...options,
});

/** The export folder, which must exist. */
function folderOf(config: SourceConfig): string {
  const folder = resolve(config['folder'] as string);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new Error(`folder: ${folder} does not exist; unpack the export there (docs/sync.md).`);
  }
  return folder;
}

/** The first of `candidates` inside the folder, or an error listing where it was looked for. */
function findFile(folder: string, candidates: string[], what: string): string {
  const found = candidates.map((name) => join(folder, name)).find((path) => existsSync(path));
  if (!found) {
    throw new Error(`${folder}: no ${what}; expected one of: ${candidates.join(', ')}.`);
  }
  return found;
}

/** A file's JSON, or an error naming the file. */
function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new MalformedPayload(`${path}: not valid JSON: ${(error as Error).message}`);
  }
}

/** Builds an export adapter from how its posts are read. */
function exportAdapter(
  kind: string,
  platform: Platform,
  description: string,
  readPosts: (folder: string, config: SourceConfig, since: Date | undefined) => ParsedPosts,
  check: (config: SourceConfig) => void = () => undefined,
): Adapter {
  return {
    kind,
    description,
    collection: 'posts',
    needsKey: false,
    check(config) {
      checkSocialOptions(config);
      stringOption(config, 'folder', 'the folder the export is unpacked in, e.g. eksport/facebook');
      check(config);
    },
    async read(config, context: SyncContext): Promise<AdapterResult> {
      const channelUrl = channelAddress(context.contentDir, config['channel'] as string, platform);
      const folder = folderOf(config);
      const parsed = readPosts(folder, config, sinceOf(config, context));
      return postEntries(parsed, config, context, {
        channelUrl,
        loadImage: (image) => readExportImage(folder, image.source),
      });
    },
  };
}

export const facebookExportAdapter = exportAdapter(
  'facebook-export',
  'facebook',
  'Facebook page posts from "Download your information" (JSON), placed in a folder',
  (folder, _, since) =>
    parseFacebookPosts(readJson(findFile(folder, facebookPostFiles, 'posts file')), { since }),
);

export const instagramExportAdapter = exportAdapter(
  'instagram-export',
  'instagram',
  'Instagram posts from "Download your information" (JSON), placed in a folder',
  (folder, _, since) =>
    parseInstagramPosts(readJson(findFile(folder, instagramPostFiles, 'posts file')), { since }),
);

export const xExportAdapter = exportAdapter(
  'x-export',
  'x',
  'posts from the X archive (data/tweets.js), without replies to others or retweets',
  (folder, config, since) => {
    const read = (name: string) =>
      readArchiveScript(readFileSync(findFile(folder, [name], name), 'utf8'), name);
    const account = parseXAccount(read('data/account.js'));
    const username = String(config['username']).replace(/^@/, '');
    if (account.username.toLowerCase() !== username.toLowerCase()) {
      throw new Error(
        `${folder}: the archive is of @${account.username}, not of the configured @${username}.`,
      );
    }
    return parseXTweets(read('data/tweets.js'), account, {
      since,
      includeRetweets: config['includeRetweets'] === true,
    });
  },
  (config) => {
    stringOption(config, 'username', 'the account’s user name, e.g. sarpsborgkom');
    if (config['includeRetweets'] !== undefined && typeof config['includeRetweets'] !== 'boolean') {
      throw new Error('includeRetweets: expected true or false.');
    }
  },
);

export const linkedinExportAdapter = exportAdapter(
  'linkedin-export',
  'linkedin',
  "LinkedIn posts from the data export's Shares.csv, placed in a folder",
  (folder, _, since) =>
    parseLinkedInShares(readFileSync(findFile(folder, ['Shares.csv'], 'Shares.csv'), 'utf8'), {
      since,
    }),
);
