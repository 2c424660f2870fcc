import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { collections } from '../../content.config';
import { inFieldOrder, parseMdx, preservingFormat } from './cms-formats';
import { jobFromForm, jobToForm, parseJobMdx, stringifyJobMdx } from './cms-job-formats';
import { z } from 'astro/zod';

// References (profession, video) are checked against the editor's fixture content, read from
// CONTENT_DIR when the schemas load.
const previousContentDir = vi.hoisted(() => {
  const previous = process.env['CONTENT_DIR'];
  process.env['CONTENT_DIR'] = 'tests/fixtures/cms/content';
  return previous;
});
afterAll(() => {
  if (previousContentDir === undefined) delete process.env['CONTENT_DIR'];
  else process.env['CONTENT_DIR'] = previousContentDir;
});

const fixtures = new URL('../../../tests/fixtures/cms/content/jobs/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, fixtures), 'utf8');
const jobFormat = () => preservingFormat(parseJobMdx, stringifyJobMdx, jobFromForm);

/** The jobs schema with references checked only as ids. */
const jobSchema = (() => {
  const schema = collections.jobs.schema as z.ZodType | ((ctx: unknown) => z.ZodType);
  return typeof schema === 'function' ? schema({ image: () => z.string() }) : schema;
})();

describe.each([
  ['a percentage', { positionSize: 100 }, { positionSize: { from: 100 } }],
  [
    'a range of percentages',
    { positionSize: { from: 50, to: 80 } },
    { positionSize: { from: 50, to: 80 } },
  ],
  ['pay by agreement', { pay: 'etter avtale' }, { pay: { byAgreement: true } }],
  ['a pay scale', { pay: { scale: 'Lønnstrinn 45' } }, { pay: { scale: 'Lønnstrinn 45' } }],
  ['a pay range', { pay: { min: 520000, max: 600000 } }, { pay: { min: 520000, max: 600000 } }],
  ['a start date', { start: '2027-01-04' }, { start: { date: '2027-01-04' } }],
  ['a start by agreement', { start: 'etter avtale' }, { start: { byAgreement: true } }],
  ['fields without two shapes', { title: 'T', positions: 2 }, { title: 'T', positions: 2 }],
] as const)('a job with %s', (_name, file, form) => {
  it('opens in the form the editor shows', () => {
    expect(jobToForm(file)).toEqual(form);
  });
  it('is saved back in the shape the file had', () => {
    expect(jobFromForm(form)).toEqual(file);
  });
});

describe.each([
  [
    'a percentage with an empty "to" box',
    { positionSize: { from: 100, to: '' } },
    { positionSize: 100 },
  ],
  [
    'a pay switch turned on and off again',
    { pay: { byAgreement: false, scale: 'Lønnstrinn 45', min: '' } },
    { pay: { scale: 'Lønnstrinn 45' } },
  ],
  [
    'a pay switch on, with empty boxes',
    { pay: { byAgreement: true, scale: '', min: null } },
    { pay: 'etter avtale' },
  ],
  [
    'a start switch on, with the date cleared',
    { start: { byAgreement: true, date: '' } },
    { start: 'etter avtale' },
  ],
  [
    'a start switch off, with a date',
    { start: { byAgreement: false, date: '2027-01-04' } },
    { start: '2027-01-04' },
  ],
] as const)('a form with %s', (_name, form, file) => {
  it('is saved as the schema expects', () => {
    expect(jobFromForm(form)).toEqual(file);
  });
});

describe.each([
  [
    'pay by agreement and a pay scale',
    { pay: { byAgreement: true, scale: 'Lønnstrinn 45' } },
    /^Lønn: .*etter avtale/,
  ],
  [
    'a start by agreement and a date',
    { start: { byAgreement: true, date: '2027-01-04' } },
    /^Oppstart: .*etter avtale/,
  ],
] as const)('a form with both %s', (_name, form, message) => {
  it('is refused with a message naming the field', () => {
    expect(() => jobFromForm(form)).toThrow(message);
  });
});

// Each file with a field whose switch for "etter avtale" is off.
describe.each([
  ['renholder-deltid.mdx', 'pay'],
  ['renholder-fast.mdx', 'start'],
])('the job file %s in the editor', (file, switched) => {
  it('gives back the same bytes when the form is unchanged', () => {
    const format = jobFormat();
    const text = read(file);
    const data = format.fromFile(text);
    const copy = inFieldOrder(structuredClone(data), ['title', 'body']);
    expect(format.toFile(copy as Record<string, unknown>)).toBe(text);
  });

  it('gives back the same bytes after a switch was turned on and off again', () => {
    const format = jobFormat();
    const text = read(file);
    const data = format.fromFile(text);
    const field = data[switched] as Record<string, unknown>;
    const touched = { ...data, [switched]: { ...field, byAgreement: false } };
    expect(format.toFile(touched)).toBe(text);
  });

  it('writes a changed entry that the jobs schema accepts, with the same facts', () => {
    const format = jobFormat();
    const data = format.fromFile(read(file));
    const text = format.toFile({ ...data, title: 'Ny tittel' });
    const { body: _body, ...meta } = parseMdx(text);
    const { body: _original, ...before } = parseMdx(read(file));
    expect(meta).toEqual({ ...before, title: 'Ny tittel' });
    const result = jobSchema.safeParse(meta);
    expect(result.error?.issues ?? []).toEqual([]);
  });
});
