import { z } from 'astro/zod';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { collections } from '../../src/content.config';
import { readEntryData } from '../support/entry-data';

// The bad entries name entries of the fixture site (tests/fixtures/site/): references are
// checked against its files (read from CONTENT_DIR when the schemas load), application links
// against its configuration.
const previousContentDir = vi.hoisted(() => {
  const previous = process.env['CONTENT_DIR'];
  process.env['CONTENT_DIR'] = 'tests/fixtures/site/content';
  return previous;
});
vi.mock('../../src/site.config', () => import('../fixtures/site/site.config'));
afterAll(() => {
  if (previousContentDir === undefined) delete process.env['CONTENT_DIR'];
  else process.env['CONTENT_DIR'] = previousContentDir;
});

type CollectionName = keyof typeof collections;

/** The collection's zod schema, with images standing in as their paths. */
function schemaOf(name: CollectionName): z.ZodType {
  const schema = collections[name].schema as z.ZodType | ((ctx: unknown) => z.ZodType);
  return typeof schema === 'function' ? schema({ image: () => z.string() }) : schema;
}

/** Each bad fixture, the field it breaks and a piece of the message the editor sees. */
export const badEntries: [CollectionName, string, string, string][] = [
  ['plan', 'missing-owner.mdx', 'owner', 'expected string'],
  ['plan', 'order-zero.mdx', 'order', 'whole number from 1'],
  ['plan', 'unknown-key.mdx', '', 'ower'],
  ['plan', 'bad-date.mdx', 'lastReviewed', 'YYYY-MM-DD'],
  ['channels', 'wrong-host.yaml', 'url', 'instagram.com'],
  ['channels', 'unknown-platform.yaml', 'platform', 'facebook, instagram'],
  ['channels', 'follower-without-date.yaml', 'followers.0.date', 'YYYY-MM-DD'],
  ['professions', 'missing-english.yaml', 'nameEn', 'expected string'],
  ['videos', 'short-youtube-id.mdx', 'youtubeId', '11-character YouTube video ID'],
  ['videos', 'no-norwegian-captions.mdx', 'captions', 'captions'],
  ['videos', 'no-audio-description.mdx', 'audioDescription', 'notNeededReason'],
  ['videos', 'bad-duration.mdx', 'duration', 'PT2M30S'],
  ['videos', 'poster-without-alt.mdx', 'poster.alt', 'alt text'],
  ['videos', 'unknown-profession.mdx', 'profession', 'content/professions/'],
  ['jobs', 'http-application-url.mdx', 'applicationUrl', 'https://'],
  ['jobs', 'foreign-application-url.mdx', 'applicationUrl', 'application system'],
  ['jobs', 'deadline-before-posted.mdx', 'deadline', 'on or after the posted date'],
  ['jobs', 'unknown-video.mdx', 'video', 'content/videos/'],
  ['jobs', 'bad-employment-type.mdx', 'employmentType', 'FULL_TIME'],
  ['jobs', 'missing-summary.mdx', 'summary', 'one- or two-sentence summary'],
  ['jobs', 'stilling-pay-missing.mdx', 'pay', 'etter avtale'],
  ['jobs', 'stilling-pay-reversed.mdx', 'pay', 'at or below'],
  ['jobs', 'stilling-size-over-100.mdx', 'positionSize', 'from 1 to 100'],
  ['jobs', 'stilling-start-unclear.mdx', 'start', 'YYYY-MM-DD'],
  ['jobs', 'stilling-contact-unreachable.mdx', 'contacts.0', 'phone number or an e-mail'],
  ['jobs', 'stilling-no-contacts.mdx', 'contacts', 'at least one contact'],
  ['jobs', 'sykepleier-uten-politiattest.mdx', 'policeCertificate', 'omsorgstjenesteloven § 5-4'],
  ['posts', 'url-on-wrong-platform.mdx', 'url', 'facebook.com'],
  ['posts', 'malformed-url.mdx', 'url', 'https://'],
  ['posts', 'unknown-channel.mdx', 'channel', 'content/channels/'],
  ['posts', 'image-without-alt.mdx', 'image.alt', 'alt text'],
  ['posts', 'profile-not-post.mdx', 'url', 'address of one post'],
  ['posts', 'published-without-url.mdx', 'url', 'only a draft may lack it'],
  ['news', 'missing-date.mdx', 'date', 'YYYY-MM-DD'],
  ['news', 'unknown-key.mdx', '', 'author'],
];

describe.each(badEntries)('%s/%s', (collection, file, field, expected) => {
  it(`is rejected at "${field || '(unknown key)'}" with a message naming what was expected`, async () => {
    const data = readEntryData(`tests/fixtures/content/${collection}/${file}`);
    const result = await schemaOf(collection).safeParseAsync(data);
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    const issue = issues.find((i) => i.path.join('.') === field);
    expect(issue, `issues: ${JSON.stringify(issues)}`).toBeDefined();
    expect(JSON.stringify(issue)).toContain(expected);
  });
});
