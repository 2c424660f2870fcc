import { describe, expect, it } from 'vitest';
import { useTranslations, type Locale } from '../../../core/i18n';
import {
  byAgreement,
  cardFacts,
  formatPay,
  formatPositionSize,
  isClosingSoon,
  jobFactRows,
  sortJobs,
  type JobFactsInput,
  type Pay,
  type PositionSize,
} from './job-facts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe.each([
  ['2026-11-24', '2026-11-24', true, 'the deadline is today'],
  ['2026-12-01', '2026-11-24', true, 'the deadline is seven days away'],
  ['2026-12-02', '2026-11-24', false, 'the deadline is eight days away'],
  ['2026-11-23', '2026-11-24', false, 'the deadline has passed'],
])('isClosingSoon(%s, today %s)', (deadline, today, expected, why) => {
  it(`is ${expected} when ${why}`, () => {
    expect(isClosingSoon(day(deadline), day(today))).toBe(expected);
  });
});

describe.each<[PositionSize, Locale, string]>([
  [100, 'nb', '100\u00a0%'],
  [{ from: 50, to: 80 }, 'nb', '50–80\u00a0%'],
  [60, 'en', '60%'],
])('formatPositionSize(%j, %s)', (size, locale, expected) => {
  it(`is "${expected}"`, () => expect(formatPositionSize(size, locale)).toBe(expected));
});

describe.each<[Pay, Locale, RegExp]>([
  [byAgreement, 'nb', /^Etter avtale$/],
  [byAgreement, 'en', /^By agreement$/],
  [{ scale: 'Lønnstrinn 45' }, 'nb', /^Lønnstrinn 45$/],
  [{ min: 560000, max: 640000 }, 'nb', /^kr 560\s000–640\s000 per år$/],
  [{ min: 560000 }, 'en', /^NOK 560,000 a year$/],
  [
    { scale: 'Stillingskode 7174', min: 560000, max: 640000 },
    'nb',
    /^Stillingskode 7174 \(kr 560\s000–640\s000 per år\)$/,
  ],
])('formatPay(%j, %s)', (pay, locale, expected) => {
  it(`matches ${expected}`, () =>
    expect(formatPay(pay, locale, useTranslations(locale))).toMatch(expected));
});

const job: JobFactsInput = {
  department: 'Sykehjemmene',
  location: 'Testvik',
  workplace: 'Testvik sykehjem',
  employmentType: 'TEMPORARY',
  posted: day('2026-11-01'),
  deadline: day('2026-12-08'),
  positionSize: { from: 50, to: 80 },
  positions: 2,
  pay: { min: 500000 },
  start: byAgreement,
  contacts: [{ name: 'Kari', title: 'Leder', phone: '+47 69 10 80 00', email: 'kari@example.org' }],
  reference: '2026/1',
  documents: ['CV'],
  policeCertificate: true,
  qualifications: ['Autorisasjon'],
};

describe('jobFactRows', () => {
  const rows = jobFactRows(job, 'nb', useTranslations('nb'));
  const text = (key: string) =>
    rows
      .find((row) => row.key === key)
      ?.items.map((parts) => parts.map((p) => p.text).join(', '))
      .join(' | ');

  it.each([
    ['deadline', '8. desember 2026'],
    ['workplace', 'Testvik sykehjem, Testvik'],
    ['tenure', 'Vikariat'],
    ['positionSize', '50–80\u00a0%'],
    ['positions', '2'],
    ['start', 'Etter avtale'],
    ['contacts', 'Kari, Leder, +47 69 10 80 00, kari@example.org'],
    ['reference', '2026/1'],
    ['documents', 'CV'],
    ['qualifications', 'Autorisasjon'],
    ['policeCertificate', 'Må legges fram før tiltredelse'],
  ])('lists %s as "%s"', (key, expected) => expect(text(key)).toBe(expected));

  it('links phone and e-mail', () => {
    const contact = rows.find((row) => row.key === 'contacts')?.items[0] ?? [];
    expect(contact.map((p) => p.href)).toEqual([
      undefined,
      'tel:+4769108000',
      'mailto:kari@example.org',
    ]);
  });

  it('leaves out optional facts the ad does not give', () => {
    const plain = jobFactRows(
      { ...job, reference: undefined, documents: [], qualifications: [] },
      'nb',
      useTranslations('nb'),
    );
    expect(plain.map((row) => row.key)).not.toContain('reference');
    expect(plain.map((row) => row.key)).not.toContain('documents');
  });
});

describe.each<[number, PositionSize, string]>([
  [1, 100, '100\u00a0% stilling'],
  [2, { from: 50, to: 80 }, '2 stillinger, 50–80\u00a0%'],
])('cardFacts with %i positions', (positions, positionSize, expected) => {
  it(`reads "${expected}"`, () =>
    expect(cardFacts({ positions, positionSize }, 'nb', useTranslations('nb'))).toBe(expected));
});

describe('sortJobs', () => {
  const jobs = [
    { id: 'a', data: { title: 'A', posted: day('2026-11-01'), deadline: day('2026-12-20') } },
    { id: 'b', data: { title: 'B', posted: day('2026-11-10'), deadline: day('2026-12-01') } },
    { id: 'c', data: { title: 'C', posted: day('2026-11-05'), deadline: day('2026-12-01') } },
  ];
  it.each([
    ['deadline', ['b', 'c', 'a']],
    ['newest', ['b', 'c', 'a']],
  ] as const)('orders by %s', (order, ids) =>
    expect(sortJobs(jobs, order).map((j) => j.id)).toEqual(ids),
  );
});
