import { describe, expect, it } from 'vitest';
import { asksForPoliceCertificate } from './job-entry';

describe('asksForPoliceCertificate', () => {
  it.each([
    ['Politiattest må legges fram før tiltredelse.', true],
    ['Det kreves gyldig politiattest, jf. helse- og omsorgstjenesteloven § 5-4.', true],
    ['POLITIATTEST: ja', true],
    ['Politiattest kreves ikke for stillingen.', false],
    ['Politiattest er ikke nødvendig.', false],
    ['Vi ønsker deg velkommen som sykepleier.', false],
  ])('%s → %s', (text, expected) => {
    expect(asksForPoliceCertificate(text)).toBe(expected);
  });
});
