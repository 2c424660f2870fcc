import { z } from 'astro/zod';
import { dateSchema } from '../../../core/schema-fields';
import { byAgreement } from './job-facts';

const byAgreementSchema = z.literal(byAgreement);

const percent = z
  .number({ error: 'Expected a percentage from 1 to 100, for example 80.' })
  .int({ message: 'Expected a whole percentage, for example 80.' })
  .min(1, { message: 'Expected a percentage from 1 to 100.' })
  .max(100, { message: 'Expected a percentage from 1 to 100.' });

/**
 * Size of the position (stillingsprosent): `100`, or `{ from: 50, to: 100 }` when several
 * positions of different sizes are advertised together.
 */
export const positionSizeSchema = z
  .union([percent, z.object({ from: percent, to: percent }).strict()], {
    error: 'Expected a percentage such as 100, or a range such as { from: 50, to: 100 }.',
  })
  .refine((size) => typeof size === 'number' || size.from < size.to, {
    message: 'Expected "from" to be less than "to" in the position size.',
  });

const nok = z
  .number({ error: 'Expected an amount in whole kroner, for example 560000.' })
  .int({ message: 'Expected an amount in whole kroner, for example 560000.' })
  .positive({ message: 'Expected an amount in whole kroner above 0.' });

/**
 * Pay: a pay scale step (`scale: "Lønnstrinn 45"`), an amount or range in NOK per year
 * (`min`, `max`), both, or the words "etter avtale". Saying nothing is not allowed: job
 * seekers look for it first.
 */
export const paySchema = z.union(
  [
    byAgreementSchema,
    z
      .object({
        /** A step or band on a pay scale, e.g. "Lønnstrinn 45–52", or "Etter Hovedtariffavtalen". */
        scale: z.string().min(1).optional(),
        /** Lowest yearly pay in NOK. */
        min: nok.optional(),
        /** Highest yearly pay in NOK; leave out for a fixed amount. */
        max: nok.optional(),
      })
      .strict()
      .refine((pay) => pay.scale !== undefined || pay.min !== undefined, {
        message: 'Expected "scale", "min" (yearly pay in NOK), or the words "etter avtale".',
      })
      .refine((pay) => pay.max === undefined || (pay.min !== undefined && pay.min <= pay.max), {
        message: 'Expected "min" at or below "max" in the pay range.',
      }),
  ],
  {
    error: `Expected pay as { scale: "Lønnstrinn 45" }, { min: 520000, max: 600000 }, or "${byAgreement}".`,
  },
);

/** First working day (YYYY-MM-DD) or the words "etter avtale". */
export const startSchema = z.union([byAgreementSchema, dateSchema], {
  error: `Expected a start date written YYYY-MM-DD, or "${byAgreement}".`,
});

/** Someone applicants can call or write to about the position. */
export const contactSchema = z
  .object({
    name: z.string().min(1),
    /** Role, e.g. "Avdelingsleder". */
    title: z.string().min(1),
    /** Phone number as it is dialled, e.g. "+47 69 10 80 00". */
    phone: z
      .string()
      .regex(/^\+?[\d ]{8,}$/, {
        message: 'Expected a phone number of digits and spaces, e.g. "+47 69 10 80 00".',
      })
      .optional(),
    email: z.email({ message: 'Expected an e-mail address, e.g. "navn@kommune.no".' }).optional(),
  })
  .strict()
  .refine((contact) => contact.phone !== undefined || contact.email !== undefined, {
    message: 'Expected a phone number or an e-mail address (or both) for the contact person.',
  });

/** The fields every Norwegian public employer's ad carries, spread into the jobs schema. */
export const jobFactsShape = {
  /** Size of the position in percent, or a range for several positions. */
  positionSize: positionSizeSchema,
  /** How many positions are advertised. */
  positions: z
    .number({ error: 'Expected the number of positions, for example 2.' })
    .int()
    .positive()
    .default(1),
  pay: paySchema,
  start: startSchema,
  /** One or more people to ask about the position. */
  contacts: z.array(contactSchema).min(1, { message: 'Expected at least one contact person.' }),
  /** The exact workplace, e.g. "Tune sykehjem, avdeling 2"; without it the department is shown. */
  workplace: z.string().min(1).optional(),
  /** The case or reference number applicants quote. */
  reference: z.string().min(1).optional(),
  /** Documents to submit with the application, e.g. "CV", "Vitnemål og attester". */
  documents: z.array(z.string().min(1)).default([]),
  /**
   * Whether a police certificate (politiattest) is required: kindergartens, schools, and every
   * post in the health and care services (helse- og omsorgstjenesteloven § 5-4), which the jobs
   * schema enforces by profession (./police-certificate.ts).
   */
  policeCertificate: z.boolean({ error: 'Expected true or false.' }).default(false),
  /** Formal qualifications the law sets, e.g. teachers' subject credits. */
  qualifications: z.array(z.string().min(1)).default([]),
};
