/**
 * The job ad's fields that the schema allows in two shapes (`src/features/recruitment/jobs/job-facts-schema.ts`), as
 * the browser editor shows them: a form with a switch for "etter avtale" and a second box for
 * a range. Reading a file turns the file's shape into the form's; saving turns it back, so
 * the file holds exactly what the schema accepts.
 */
import { byAgreement } from '../recruitment/jobs/job-facts';
import { parseMdx, stringifyMdx, withoutEmpty } from './cms-formats';

/** The name of the switch the editor shows for "etter avtale" in `pay` and `start`. */
export const byAgreementSwitch = 'byAgreement';

type Data = Record<string, unknown>;

const isObject = (value: unknown): value is Data =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const filled = (value: unknown): Data => (isObject(value) ? (withoutEmpty(value) as Data) : {});

/** `100` → `{ from: 100 }`; a range stays as it is. */
function positionSizeToForm(value: unknown): unknown {
  return typeof value === 'number' ? { from: value } : value;
}

/** `{ from: 100 }` → `100`; a range with both ends stays a range. */
function positionSizeFromForm(value: unknown): unknown {
  if (!isObject(value)) return value;
  const size = filled(value);
  return Object.keys(size).length === 1 && typeof size['from'] === 'number' ? size['from'] : size;
}

/** `"etter avtale"` → the switch turned on; anything else stays as it is. */
function byAgreementToForm(value: unknown): unknown {
  return value === byAgreement ? { [byAgreementSwitch]: true } : value;
}

/** `"2027-01-04"` → `{ date: "2027-01-04" }`, `"etter avtale"` → the switch turned on. */
function startToForm(value: unknown): unknown {
  if (value === byAgreement) return byAgreementToForm(value);
  if (typeof value === 'string') return { date: value };
  if (value instanceof Date) return { date: value.toISOString().slice(0, 10) };
  return value;
}

/** Takes the switch out of the form's object: `[switched on, the other fields filled in]`. */
function splitSwitch(value: Data): [boolean, Data] {
  const { [byAgreementSwitch]: on, ...rest } = filled(value);
  return [on === true, rest];
}

/** The pay form → `"etter avtale"` or `{ scale, min, max }`. */
function payFromForm(value: unknown): unknown {
  if (!isObject(value)) return value;
  const [on, pay] = splitSwitch(value);
  if (!on) return pay;
  if (Object.keys(pay).length > 0) {
    throw new Error(
      'Lønn: «Lønn etter avtale» er slått på, men lønnstrinn eller beløp er også fylt ut. Slå av bryteren eller tøm de andre lønnsfeltene.',
    );
  }
  return byAgreement;
}

/** The start form → `"etter avtale"` or the date `YYYY-MM-DD`. */
function startFromForm(value: unknown): unknown {
  if (!isObject(value)) return value;
  const [on, start] = splitSwitch(value);
  const date = start['date'];
  if (on && date !== undefined) {
    throw new Error(
      'Oppstart: «Oppstart etter avtale» er slått på, men en dato er også fylt ut. Slå av bryteren eller tøm datoen.',
    );
  }
  if (on) return byAgreement;
  return date ?? start;
}

const convert = (data: Data, rules: Record<string, (value: unknown) => unknown>): Data =>
  Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, rules[key] ? rules[key](value) : value]),
  );

/** A job's data as the file has it → as the editor's form shows it. */
export function jobToForm(data: Data): Data {
  return convert(data, {
    positionSize: positionSizeToForm,
    pay: byAgreementToForm,
    start: startToForm,
  });
}

/**
 * A job's data as the editor's form gives it → as the schema accepts it. Throws, naming the
 * field, when a switch for "etter avtale" is on and the field also has a value.
 */
export function jobFromForm(data: Data): Data {
  return convert(data, {
    positionSize: positionSizeFromForm,
    pay: payFromForm,
    start: startFromForm,
  });
}

/** Reads a job's MDX file into the editor's form. */
export function parseJobMdx(text: string): Data {
  return jobToForm(parseMdx(text));
}

/** Writes the editor's form for a job as an MDX file in the schema's shape. */
export function stringifyJobMdx(data: Data): string {
  return stringifyMdx(jobFromForm(data));
}
