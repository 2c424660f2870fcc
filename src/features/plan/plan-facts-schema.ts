import { z } from 'astro/zod';
import { durationUnits, targetUnits } from './plan-facts';

const clock = z
  .string({ error: 'Expected a time written HH:MM, for example "08:00".' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
    message: 'Expected a time written HH:MM, for example "08:00".',
  });

const positive = z
  .number({ error: 'Expected a number, for example 90.' })
  .positive({ message: 'Expected a number above 0.' });

/**
 * One number of the plan in content/plan-facts.yaml, by `kind`: `opening-hours`, `duration`
 * (a promised time or a deadline) or `target` (with its baseline). See src/features/plan/plan-facts.ts.
 */
export const planFactSchema = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        kind: z.literal('opening-hours'),
        /** The days, as a reader says them, e.g. "hverdager". */
        days: z.string().min(1),
        from: clock,
        to: clock,
      })
      .strict()
      .refine((hours) => hours.from < hours.to, {
        path: ['to'],
        message: 'Expected "to" to be later than "from".',
      }),
    z
      .object({
        kind: z.literal('duration'),
        amount: positive.int({ message: 'Expected a whole number, for example 2.' }),
        unit: z.enum(durationUnits, { error: `Expected one of: ${durationUnits.join(', ')}.` }),
        /** What the time is for. */
        about: z.string().min(1),
      })
      .strict(),
    z
      .object({
        kind: z.literal('target'),
        /** The chapters that set or follow up the target (file names in content/plan/). */
        chapters: z
          .array(z.string().min(1))
          .min(1, { message: 'Expected at least one chapter, e.g. [kanalene].' }),
        /** What is measured; `{id}` puts in another fact. */
        measure: z.string().min(1),
        direction: z
          .enum(['minst', 'høyst'], { error: 'Expected "minst" or "høyst".' })
          .default('minst'),
        value: positive,
        unit: z.enum(targetUnits, { error: `Expected one of: ${targetUnits.join(', ')}.` }),
        /** The starting point: { value, asOf, source }, or { notMeasured: "why" }. */
        baseline: z.union(
          [
            z
              .object({
                value: z.number().nonnegative(),
                asOf: z.string().min(1),
                source: z.string().min(1),
              })
              .strict(),
            z.object({ notMeasured: z.string().min(1) }).strict(),
          ],
          {
            error:
              'Expected a baseline as { value: 13700, asOf: "2015", source: "…" } or { notMeasured: "why there is none yet" }.',
          },
        ),
      })
      .strict(),
  ],
  { error: 'Expected "kind" to be one of: opening-hours, duration, target.' },
);
