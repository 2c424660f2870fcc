/**
 * Which professions work in the municipal health and care services, where helse- og
 * omsorgstjenesteloven § 5-4 requires everyone offered a post to show a police certificate
 * (politiattest). The job schema fails an ad for such a profession that says none is required.
 */

/**
 * The professions, as the last part of a Norwegian name: a name matches when one of its words
 * ends with one of these, in the singular or the plural («Nattsykepleier», «Sykepleiere»,
 * «Fastleger»), since a Norwegian compound ends with what it is.
 */
export const healthAndCareProfessions = [
  'sykepleier',
  'helsefagarbeider',
  'helsearbeider',
  'hjelpepleier',
  'omsorgsarbeider',
  'vernepleier',
  'lege',
  'fysioterapeut',
  'ergoterapeut',
  'jordmor',
  'miljøterapeut',
  'helsesekretær',
  'aktivitør',
] as const;

const endings = new RegExp(`(?:${healthAndCareProfessions.join('|')})(?:e|er|ere|r|ne)?$`, 'u');

/** True when the profession's name places it in the health and care services. */
export function inHealthAndCare(professionName: string): boolean {
  return professionName
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => word !== '' && endings.test(word));
}

/** The message an editor sees on an ad that leaves out the police certificate it must ask for. */
export function policeCertificateMessage(professionName: string): string {
  return `Expected "policeCertificate: true": a post as ${professionName} is in the health and care services, where helse- og omsorgstjenesteloven § 5-4 requires a police certificate from everyone offered a post.`;
}
