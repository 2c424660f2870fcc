import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  findSynced,
  indexSyncedFiles,
  parseEntryFile,
  planEntry,
  writePlanned,
  type SyncedEntry,
} from './entry-files';

const first = new Date('2026-12-01T06:00:00.000Z');
const second = new Date('2026-12-02T06:00:00.000Z');

const ad = (
  over: Partial<SyncedEntry['fields']> = {},
  body = 'Du får ansvar for tolv beboere.',
): SyncedEntry => ({
  system: 'jobbnorge',
  id: '12345',
  url: 'https://www.jobbnorge.no/ledige-stillinger/stilling/12345',
  title: 'Sykepleier på Tune',
  fields: { title: 'Sykepleier på Tune', deadline: '2026-12-20', positionSize: 100, ...over },
  body,
  initial: { draft: true },
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'entry-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Plans and writes one entry as a run would, returning the plan. */
async function sync(entry: SyncedEntry, now: Date) {
  const plan = planEntry(
    dir,
    entry,
    findSynced(indexSyncedFiles(dir), entry.system, entry.id),
    now,
  );
  await writePlanned([plan]);
  return plan;
}

const front = (path: string) => parseEntryFile(readFileSync(path, 'utf8'), path).data;

/** Edits a file as an editor would, through the YAML document. */
function edit(path: string, change: (data: ReturnType<typeof parseEntryFile>) => void) {
  const file = parseEntryFile(readFileSync(path, 'utf8'), path);
  change(file);
  writeFileSync(path, `---\n${file.doc.toString()}---\n${file.rawBody}`);
}

describe('planEntry and writePlanned', () => {
  it('writes a new entry with its source block, the initial fields and the body', async () => {
    const plan = await sync(ad(), first);
    expect(plan.action).toBe('added');
    expect(plan.path).toBe(join(dir, 'sykepleier-pa-tune-jobbnorge-12345.mdx'));
    const text = readFileSync(plan.path, 'utf8');
    expect(text.endsWith('---\n\nDu får ansvar for tolv beboere.\n')).toBe(true);
    expect(front(plan.path)).toMatchObject({
      title: 'Sykepleier på Tune',
      draft: true,
      source: {
        system: 'jobbnorge',
        id: '12345',
        url: 'https://www.jobbnorge.no/ledige-stillinger/stilling/12345',
        fetchedAt: '2026-12-01T06:00:00.000Z',
      },
    });
    expect(
      Object.keys((front(plan.path)['source'] as { fingerprint: object }).fingerprint),
    ).toEqual(['title', 'deadline', 'positionSize', 'body']);
  });

  it('changes no byte on a second run with nothing new', async () => {
    const { path } = await sync(ad(), first);
    const before = readFileSync(path, 'utf8');
    const plan = await sync(ad(), second);
    expect(plan.action).toBe('unchanged');
    expect(plan.content).toBeUndefined();
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it("refreshes the source's fields and keeps the editor's", async () => {
    const { path } = await sync(ad(), first);
    edit(path, ({ doc }) => {
      doc.set('profession', 'sykepleier');
      doc.set('titleEn', 'Nurse at Tune');
      doc.set('draft', false);
    });
    const plan = await sync(ad({ deadline: '2026-12-31' }, 'Ny tekst om stillingen.'), second);
    expect(plan.action).toBe('updated');
    expect(plan.conflicts).toEqual([]);
    expect(front(path)).toMatchObject({
      deadline: '2026-12-31',
      profession: 'sykepleier',
      titleEn: 'Nurse at Tune',
      draft: false,
      source: { fetchedAt: '2026-12-02T06:00:00.000Z' },
    });
    expect(readFileSync(path, 'utf8').endsWith('\nNy tekst om stillingen.\n')).toBe(true);
  });

  it('keeps a source field edited by hand and reports it as a conflict, run after run', async () => {
    const { path } = await sync(ad(), first);
    edit(path, ({ doc }) => doc.set('title', 'Sykepleier ved Tune sykehjem'));
    const plan = await sync(ad({ title: 'Sykepleier (Tune)', deadline: '2027-01-05' }), second);
    expect(plan.conflicts).toEqual([{ file: path, field: 'title' }]);
    expect(front(path)).toMatchObject({
      title: 'Sykepleier ved Tune sykehjem',
      deadline: '2027-01-05',
    });
    const again = await sync(ad({ title: 'Sykepleier (Tune)', deadline: '2027-01-05' }), second);
    expect(again).toMatchObject({
      action: 'unchanged',
      conflicts: [{ file: path, field: 'title' }],
    });
  });

  it("takes the source's value again when the editor removes the field", async () => {
    const { path } = await sync(ad(), first);
    edit(path, ({ doc }) => doc.set('title', 'Håndskrevet'));
    await sync(ad(), second);
    edit(path, ({ doc }) => doc.delete('title'));
    const plan = await sync(ad(), second);
    expect(plan.conflicts).toEqual([]);
    expect(front(path)['title']).toBe('Sykepleier på Tune');
  });

  it('removes a field the source no longer gives', async () => {
    const { path } = await sync(ad({ workplace: 'Tune sykehjem' }), first);
    await sync(ad(), second);
    expect(front(path)).not.toHaveProperty('workplace');
  });

  it('writes a title that would break YAML as a string that reads back the same', async () => {
    const title = 'Sjef: "alt" # og ---\n- liste: [1, {2}] &anker *ref !tag %x @y `z`';
    const { path } = await sync({ ...ad({ title }), title }, first);
    expect(front(path)['title']).toBe(title);
    // Read as Astro reads front matter: the text between the first two lines of `---`.
    const raw = readFileSync(path, 'utf8');
    expect(parse(/^---\n([\s\S]*?\n)---\n/.exec(raw)![1]!)['title']).toBe(title);
  });

  it('refuses to take the place of a file the sync did not write', async () => {
    writeFileSync(join(dir, 'sykepleier-pa-tune-jobbnorge-12345.md'), '---\ntitle: x\n---\n');
    expect(() => planEntry(dir, ad(), undefined, first)).toThrow(
      /sykepleier-pa-tune-jobbnorge-12345\.md already becomes the entry/,
    );
  });

  it('names both files when two say they are the same item', async () => {
    const { path } = await sync(ad(), first);
    writeFileSync(join(dir, 'kopi.mdx'), readFileSync(path, 'utf8'));
    expect(() => indexSyncedFiles(dir)).toThrow(
      /(kopi|sykepleier-pa-tune-jobbnorge-12345)\.mdx and .*(kopi|sykepleier-pa-tune-jobbnorge-12345)\.mdx both say they are jobbnorge item "12345"/,
    );
  });
});
