import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import mammoth from 'mammoth';
import Template from './Template.astro';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { collections } from '../../content.config';
import { checklistText, normaliseSpace, templateText } from './copy-text';
import { anchoredChanges, changesNewestFirst, latestChanges } from './plan-changes';
import { planChangeFeedEntries } from '../feeds/plan-feed';
import { planDocx, stampDocx, type DocxChapter, type PlanDocxInput } from './plan-docx';
import { readEntryData } from '../../../tests/support/entry-data';

const fixture = (name: string) => readFileSync(`tests/fixtures/plan-docx/${name}`, 'utf8');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('changesNewestFirst', () => {
  it.each([
    [[], []],
    [
      ['2025-01-01', '2026-01-01'],
      ['2026-01-01', '2025-01-01'],
    ],
    [
      ['2026-01-01', '2025-01-01'],
      ['2026-01-01', '2025-01-01'],
    ],
  ])('orders %j as %j', (dates, expected) => {
    const changes = dates.map((date) => ({ date: day(date), summary: date }));
    expect(changesNewestFirst(changes).map((c) => c.summary)).toEqual(expected);
  });

  it('keeps the written order of changes on the same day', () => {
    const changes = ['a', 'b', 'c'].map((summary) => ({ date: day('2026-01-01'), summary }));
    expect(changesNewestFirst(changes).map((c) => c.summary)).toEqual(['a', 'b', 'c']);
  });
});

describe('latestChanges', () => {
  const chapters = [
    {
      id: 'one',
      title: 'One',
      changes: [
        { date: day('2026-03-01'), summary: 'one-new' },
        { date: day('2025-01-01'), summary: 'one-old' },
      ],
    },
    { id: 'two', title: 'Two', changes: [{ date: day('2026-03-01'), summary: 'two-new' }] },
    { id: 'three', title: 'Three', changes: [] },
  ];

  it.each([
    [undefined, ['one-new', 'two-new', 'one-old']],
    [2, ['one-new', 'two-new']],
    [0, []],
  ])('with limit %s gives %j', (limit, expected) => {
    expect(latestChanges(chapters, limit).map((c) => c.summary)).toEqual(expected);
  });

  it('names the chapter of each change', () => {
    expect(latestChanges(chapters, 2).map((c) => [c.chapterId, c.chapterTitle])).toEqual([
      ['one', 'One'],
      ['two', 'Two'],
    ]);
  });

  it('is empty for a plan without chapters', () => {
    expect(latestChanges([])).toEqual([]);
  });
});

describe('the plan schema\'s "changes" field', () => {
  const schema = collections.plan.schema as z.ZodType;

  it('accepts a list of dated changes and defaults to none', async () => {
    const data = readEntryData('tests/fixtures/content/plan/with-changes.mdx');
    const parsed = (await schema.parseAsync(data)) as { changes: { date: Date }[] };
    expect(parsed.changes.map((c) => c.date.toISOString().slice(0, 10))).toEqual([
      '2025-06-01',
      '2026-01-01',
    ]);
    const { changes: _, ...without } = data as Record<string, unknown>;
    expect(((await schema.parseAsync(without)) as { changes: unknown[] }).changes).toEqual([]);
  });

  it.each([
    ['change-without-summary.mdx', 'changes.0.summary', 'one-sentence summary'],
    ['change-bad-date.mdx', 'changes.0.date', 'YYYY-MM-DD'],
    ['changes-not-a-list.mdx', 'changes', 'Expected a list of changes'],
  ])('rejects %s at "%s" saying what was expected', async (file, field, expected) => {
    const result = await schema.safeParseAsync(
      readEntryData(`tests/fixtures/content/plan/${file}`),
    );
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path.join('.') === field);
    expect(issue, JSON.stringify(result.error?.issues)).toBeDefined();
    expect(issue?.message).toContain(expected);
  });
});

describe('copy text', () => {
  it.each([
    ['Title', ['one', ' two\n  lines '], 'Title\n☐ one\n☐ two lines'],
    ['Title', [], 'Title'],
  ])('checklistText(%j, %j)', (title, items, expected) => {
    expect(checklistText(title, items)).toBe(expected);
  });

  it.each([
    ['Title', ['Para one', '', 'Para\ntwo'], 'Title\n\nPara one\n\nPara two'],
    ['Title', [], 'Title'],
  ])('templateText(%j, %j)', (title, paragraphs, expected) => {
    expect(templateText(title, paragraphs)).toBe(expected);
  });

  it.each([
    ['  a \n b\t c ', 'a b c'],
    ['', ''],
    // The soft hyphens the build puts into headings are not copied.
    ['Krise\u00ADkom\u00ADmu\u00ADni\u00ADka\u00ADsjon', 'Krisekommunikasjon'],
  ])('normaliseSpace(%j) is %j', (text, expected) => {
    expect(normaliseSpace(text)).toBe(expected);
  });
});

const chapter = (id: string, title: string, body: string): DocxChapter => ({
  id,
  title,
  summary: `Summary of ${title}`,
  owner: 'Fixture owner',
  lastReviewed: day('2026-01-02'),
  example: true,
  changes: [{ date: day('2026-01-02'), summary: `Change to ${title}` }],
  body,
});

const input = (chapters: DocxChapter[]): PlanDocxInput => ({
  title: 'Fixture plan',
  lead: 'Fixture lead.',
  author: 'Fixture kommune',
  siteUrl: 'https://fixture.example/',
  planUrl: 'https://fixture.example/kommunikasjonsplan/',
  chapters,
  channels: { 'fixture-channel': { name: 'Fixture channel', facts: [['Purpose', 'Testing']] } },
  labels: {
    contents: 'Contents',
    owner: 'Owner',
    updated: 'Updated',
    checklist: 'Checklist',
    template: 'Template',
    principle: 'Principle',
    changes: 'Changes',
    exampleNotice: 'Example notice',
    generated: 'Made from',
  },
  formatDate: (date) => date.toISOString().slice(0, 10),
});

/** The document read back by mammoth, an independent .docx reader, as HTML. */
async function readBack(bytes: Uint8Array): Promise<{ html: string; messages: unknown[] }> {
  // The document's title uses Word's own "Title" style, which mammoth has no default for.
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    { styleMap: ["p[style-name='Title'] => p.title:fresh"] },
  );
  return { html: result.value, messages: result.messages };
}

describe('the plan as a Word document, read back by mammoth', async () => {
  const bytes = await planDocx(
    input([
      chapter('first', 'First chapter', fixture('first.mdx')),
      chapter('second', 'Second chapter', fixture('second.mdx')),
    ]),
    day('2026-01-02'),
  );
  const { html, messages } = await readBack(bytes);

  it('is read without warnings', () => {
    expect(messages).toEqual([]);
  });

  it('has the chapter titles as level-1 headings, in order', () => {
    const h1 = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1]);
    expect(h1).toEqual(['First chapter', 'Second chapter']);
  });

  it("keeps the chapters' headings at their levels", () => {
    expect(html).toContain('<h2>Alpha heading</h2>');
    expect(html).toContain('<h3>Beta subheading</h3>');
    expect(html).toContain('<h2>Zeta heading</h2>');
    expect(html).toContain('<h2>Changes</h2>');
  });

  it('keeps lists, nested lists and numbered lists', () => {
    expect(html).toMatch(
      /<ul><li>First bullet<\/li><li>Second bullet<ul><li>Nested bullet<\/li><\/ul><\/li><\/ul>/,
    );
    expect(html).toMatch(/<ol><li>Step one<\/li><li>Step two<\/li><\/ol>/);
    expect(html).toMatch(/<ol><li>Restarted one<\/li>/);
  });

  it('writes a checklist as its title and items with empty boxes', () => {
    expect(html).toContain('<strong>Checklist: Gamma checklist</strong>');
    expect(html).toContain('☐ Tick this');
    expect(html).toContain('☐ Tick that');
  });

  it('writes principles, templates and channel summaries with their labels', () => {
    expect(html).toContain('Principle: Delta principle');
    expect(html).toContain('Template: Epsilon template');
    expect(html).toContain('Dear reader, this is the template text.');
    expect(html).toContain('Fixture channel');
    expect(html).toContain('Purpose: </strong>Testing');
  });

  it('keeps tables as tables', () => {
    expect(html).toMatch(/<table>.*Column one.*Cell a1.*Cell b2.*<\/table>/s);
  });

  it('keeps bold, italics and links, with site paths made absolute', () => {
    expect(html).toContain('<strong>bold words</strong>');
    expect(html).toContain('<em>slanted words</em>');
    expect(html).toContain('<a href="https://fixture.example/kommunikasjonsplan/">a site link</a>');
    expect(html).toContain('<a href="https://example.org/">an outside link</a>');
  });

  it('gives each chapter its summary, owner, example notice and dated changes', () => {
    expect(html).toContain('Summary of First chapter');
    expect(html).toContain('Owner: Fixture owner');
    expect(html).toContain('Example notice');
    expect(html).toContain('2026-01-02: Change to Second chapter');
  });

  it('drops the import lines', () => {
    expect(html).not.toContain('import ');
  });
});

describe('a plan without chapters', () => {
  it('still makes a document with its title', async () => {
    const { html, messages } = await readBack(await planDocx(input([]), day('2026-01-02')));
    expect(messages).toEqual([]);
    expect(html).toContain('Fixture plan');
  });
});

describe('repeatable documents', () => {
  it('gives the same bytes for the same content and date', async () => {
    const make = () =>
      planDocx(input([chapter('a', 'A', fixture('second.mdx'))]), day('2026-01-02'));
    const first = await make();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(Buffer.from(await make()).equals(Buffer.from(first))).toBe(true);
  });

  it('stamps the given date into the properties', async () => {
    const bytes = stampDocx(await planDocx(input([]), day('2026-01-02')), day('2030-05-06'));
    const { unzipSync } = await import('fflate');
    const core = new TextDecoder().decode(unzipSync(bytes)['docProps/core.xml']);
    expect(core).toContain('2030-05-06T00:00:00Z</dcterms:created>');
    expect(core).toContain('2030-05-06T00:00:00Z</dcterms:modified>');
  });
});

describe.each([
  ['unknown-component.mdx', 'does not know the component <Mystery> at line 3'],
  ['expression.mdx', 'expression at line 3'],
  ['checklist-without-title.mdx', '<Checklist> at line 1 needs title="…"'],
  ['unknown-channel.mdx', '<ChannelSummary id="no-such-channel" /> names no channel'],
])('a chapter with %s', (file, expected) => {
  it('stops the document with an error naming the file and the problem', async () => {
    await expect(
      planDocx(input([chapter('bad', 'Bad', fixture(file))]), day('2026-01-02')),
    ).rejects.toThrow(`content/plan/bad.mdx: `);
    await expect(
      planDocx(input([chapter('bad', 'Bad', fixture(file))]), day('2026-01-02')),
    ).rejects.toThrow(expected);
  });
});

describe('planChangeFeedEntries', () => {
  const chapters = [
    {
      id: 'fixture-chapter',
      title: 'Fixture & chapter',
      changes: [
        { date: day('2026-02-01'), summary: 'Added <targets>.' },
        { date: day('2026-02-01'), summary: 'Second change that day.' },
      ],
    },
  ];

  it('gives one item per change, each with an address of its own', () => {
    const entries = planChangeFeedEntries(chapters);
    expect(entries.map((e) => e.path)).toEqual([
      '/kommunikasjonsplan/fixture-chapter/#endring-2026-02-01',
      '/kommunikasjonsplan/fixture-chapter/#endring-2026-02-01-2',
    ]);
    expect(entries[0]?.title).toContain('Fixture & chapter');
    expect(entries[0]?.date).toEqual(day('2026-02-01'));
  });

  it("escapes the summary in the item's HTML and links to the chapter", () => {
    const [entry] = planChangeFeedEntries(chapters);
    expect(entry?.html).toContain('Added &lt;targets&gt;.');
    expect(entry?.html).toContain('href="/kommunikasjonsplan/fixture-chapter/"');
  });

  it('gives nothing for chapters without changes', () => {
    expect(planChangeFeedEntries([{ id: 'a', title: 'A', changes: [] }])).toEqual([]);
  });
});

describe('anchoredChanges', () => {
  it.each([
    [['2026-01-01'], ['endring-2026-01-01']],
    [
      ['2026-01-01', '2026-01-01', '2025-05-05'],
      ['endring-2026-01-01', 'endring-2026-01-01-2', 'endring-2025-05-05'],
    ],
  ])('gives %j the ids %j', (dates, expected) => {
    const changes = dates.map((date) => ({ date: day(date), summary: date }));
    expect(anchoredChanges(changes).map((c) => c.anchor)).toEqual(expected);
  });
});

describe('<Template>', () => {
  it.each([
    ['without a title', { title: ' ' }, { default: '<p>Tekst</p>' }, 'expected a title'],
    ['without text', { title: 'Første melding' }, {}, "expected the template's text"],
  ])('%s stops the build saying what was expected', async (_, props, slots, message) => {
    const container = await AstroContainer.create();
    await expect(container.renderToString(Template, { props, slots })).rejects.toThrow(message);
  });

  it('renders its label, title, text and a copy button hidden until the script shows it', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Template, {
      props: { title: 'Første melding' },
      slots: { default: '<p>Vi kjenner til saken.</p>' },
    });
    expect(html).toMatch(/Mal:<\/span> <span data-copy-title[^>]*>Første melding<\/span>/);
    expect(html).toContain('<p>Vi kjenner til saken.</p>');
    expect(html).toMatch(/<button[^>]*hidden[^>]*>\s*Kopier malen\s*<\/button>/);
    expect(html).toContain('role="status"');
  });
});
