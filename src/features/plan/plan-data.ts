/** The plan's numbers and laws from their collections, read once per build. */
import { getCollection } from 'astro:content';
import { oncePerBuild } from '../../core/content/once-per-build';
import type { LawEntry } from './laws';
import type { PlanFact, PlanFacts } from './plan-facts';

/** Every fact of content/plan-facts.yaml by id, in file order. */
export async function planFacts(): Promise<PlanFacts> {
  const entries = await oncePerBuild('planFacts', async () =>
    (await getCollection('planFacts')).map(({ id, data }) => [id, data as PlanFact] as const),
  );
  return new Map(entries);
}

/** Every entry of content/laws/. */
export async function lawEntries(): Promise<LawEntry[]> {
  return oncePerBuild('laws', async () =>
    (await getCollection('laws')).map(({ id, data }) => ({ id, ...data })),
  );
}
