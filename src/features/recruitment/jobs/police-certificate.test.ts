import { describe, expect, it } from 'vitest';
import { inHealthAndCare } from './police-certificate';

describe.each([
  ['Sykepleier', true],
  ['Nattsykepleier', true],
  ['Sykepleiere i hjemmetjenesten', true],
  ['Helsefagarbeider', true],
  ['Vernepleier', true],
  ['Fastleger', true],
  ['Fysioterapeut', true],
  ['Barnehagelærer', false],
  ['Lærer', false],
  ['Ingeniør', false],
  ['Kommunikasjonsrådgiver', false],
  ['Renholder', false],
  ['Kollega', false],
])('%s', (name, expected) => {
  it(expected ? 'is in the health and care services' : 'is not', () => {
    expect(inHealthAndCare(name)).toBe(expected);
  });
});
