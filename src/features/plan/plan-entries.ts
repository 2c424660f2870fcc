/** The plan view (`./plan-view.ts`) of a chapter entry. */
import type { CollectionEntry } from 'astro:content';
import { planView, type PlanView } from './plan-view';

/** Everything the site says about one plan chapter. */
export function loadPlanView(entry: CollectionEntry<'plan'>): PlanView {
  return planView(entry);
}
