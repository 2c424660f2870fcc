/**
 * The plan's numbers as data (content/plan-facts.yaml): opening hours, promised times,
 * deadlines and targets with their baselines, each written once and worded here, so that two
 * chapters cannot disagree. Pure; `Fact.astro`, `Targets.astro` and the Word document read it.
 */

/** Units a promised time or deadline is counted in. */
export const durationUnits = [
  'minutter',
  'timer',
  'arbeidsdager',
  'dager',
  'uker',
  'måneder',
  'år',
] as const;
export type DurationUnit = (typeof durationUnits)[number];

/** Units a target is measured in. */
export const targetUnits = ['prosent', 'antall', 'følgere'] as const;
export type TargetUnit = (typeof targetUnits)[number];

/** Opening hours, e.g. weekdays 08.00–15.30. */
export interface OpeningHoursFact {
  kind: 'opening-hours';
  /** The days, as a reader says them: "hverdager". */
  days: string;
  /** HH:MM. */
  from: string;
  /** HH:MM. */
  to: string;
}

/** A time the plan promises or a deadline it keeps: "2 timer", "6 uker". */
export interface DurationFact {
  kind: 'duration';
  amount: number;
  unit: DurationUnit;
  /** What the time is for, for the editor and the list of numbers. */
  about: string;
}

/** A measurable target with where it starts from. */
export interface TargetFact {
  kind: 'target';
  /** The chapters (file names in content/plan/) that set or follow up the target. */
  chapters: string[];
  /** What is measured; `{id}` puts in another fact, e.g. "svar innen {svartid-presse}". */
  measure: string;
  /** "minst" (at least) or "høyst" (at most). */
  direction: 'minst' | 'høyst';
  value: number;
  unit: TargetUnit;
  /** The measured starting point, or why there is none yet. */
  baseline: { value: number; asOf: string; source: string } | { notMeasured: string };
}

export type PlanFact = OpeningHoursFact | DurationFact | TargetFact;

/** The facts by id, as the collection holds them. */
export type PlanFacts = ReadonlyMap<string, PlanFact>;

const words = [
  'null',
  'én',
  'to',
  'tre',
  'fire',
  'fem',
  'seks',
  'sju',
  'åtte',
  'ni',
  'ti',
  'elleve',
  'tolv',
];
const singular: Record<DurationUnit, string> = {
  minutter: 'minutt',
  timer: 'time',
  arbeidsdager: 'arbeidsdag',
  dager: 'dag',
  uker: 'uke',
  måneder: 'måned',
  år: 'år',
};

/** A whole number as prose writes it: words up to twelve, then digits with a thin space. */
export function numberInProse(value: number): string {
  if (Number.isInteger(value) && value >= 0 && value < words.length) return words[value] ?? '';
  return value.toLocaleString('nb-NO').replace(/\s/g, '\u00a0');
}

/** "08:00" → "08.00", as Norwegian writes clock times. */
function clock(time: string): string {
  return time.replace(':', '.');
}

/** A fact that is not a target, as it reads in a sentence. */
export function formatFact(fact: PlanFact): string {
  switch (fact.kind) {
    case 'opening-hours':
      // Word joiners keep «08.00–15.30» on one line.
      return `${fact.days} kl.\u00a0${clock(fact.from)}\u2060–\u2060${clock(fact.to)}`;
    case 'duration': {
      const amount =
        fact.amount === 1 && fact.unit === 'minutter' ? 'ett' : numberInProse(fact.amount);
      return `${amount}\u00a0${fact.amount === 1 ? singular[fact.unit] : fact.unit}`;
    }
    case 'target':
      return formatTargetValue(fact);
  }
}

/** A target's value: "minst 90 prosent", "minst 15 000 følgere". */
export function formatTargetValue(fact: Pick<TargetFact, 'direction' | 'value' | 'unit'>): string {
  // «Minst 100 prosent» cannot be beaten: all of them is the target.
  if (fact.unit === 'prosent' && fact.value === 100) return '100\u00a0prosent';
  const value = fact.value.toLocaleString('nb-NO').replace(/\s/g, '\u00a0');
  return fact.unit === 'antall'
    ? `${fact.direction} ${value}`
    : `${fact.direction} ${value}\u00a0${fact.unit}`;
}

/** A target's baseline: "13 700 følgere (2015; Fagbladet 6/2015)" or why it is not measured. */
export function formatBaseline(fact: TargetFact): string {
  const { baseline } = fact;
  if ('notMeasured' in baseline) return baseline.notMeasured;
  const value = baseline.value.toLocaleString('nb-NO').replace(/\s/g, '\u00a0');
  const unit = fact.unit === 'antall' ? '' : `\u00a0${fact.unit}`;
  return `${value}${unit} (${baseline.asOf}; ${baseline.source})`;
}

/** The fact `id`, or an error naming the ids there are. */
export function factById(facts: PlanFacts, id: string, where: string): PlanFact {
  const fact = facts.get(id);
  if (!fact) {
    throw new Error(
      `${where}: content/plan-facts.yaml has no "${id}"; expected one of: ${[...facts.keys()].sort().join(', ') || '(none)'}.`,
    );
  }
  return fact;
}

/** `text` with each `{id}` replaced by the fact it names, as it reads in a sentence. */
export function fillFacts(text: string, facts: PlanFacts, where: string): string {
  return text.replace(/\{([a-z0-9-]+)\}/g, (_, id: string) =>
    formatFact(factById(facts, id, where)),
  );
}

/** The targets of one chapter, or of every chapter when `chapter` is undefined, in file order. */
export function targetsOf(facts: PlanFacts, chapter: string | undefined): [string, TargetFact][] {
  return [...facts].filter(
    (entry): entry is [string, TargetFact] =>
      entry[1].kind === 'target' && (chapter === undefined || entry[1].chapters.includes(chapter)),
  );
}
