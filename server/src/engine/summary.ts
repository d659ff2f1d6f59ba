// Where a document stands: counts of its claims by kind, against the terms in force on
// its as-of date ("Checked against the terms of 2026-04-29: 12 current · 2 stale · 1 wrong").

import type { TermsModel } from '../terms/types';
import type { Finding, Kind } from './types';

export interface Summary {
  asOf: string;
  /** The date of the latest change to any term on or before asOf. */
  termsOf: string;
  counts: Record<Kind, number>;
  text: string;
}

const ORDER: Kind[] = ['current', 'stale', 'wrong', 'unconfirmed', 'historical'];

export function latestChange(model: TermsModel, asOf: string): string {
  let latest = '';
  for (const t of model.terms) for (const p of t.timeline) if (p.from && p.from <= asOf && p.from > latest) latest = p.from;
  return latest || asOf;
}

/** Findings must be of every kind (checked with `all: true`) for the counts to mean anything. */
export function summarize(model: TermsModel, findings: Finding[], asOf: string): Summary {
  const counts: Record<Kind, number> = { current: 0, stale: 0, wrong: 0, unconfirmed: 0, historical: 0 };
  for (const f of findings) if (f.termId) counts[f.kind]++;
  const termsOf = latestChange(model, asOf);
  const parts = ORDER.filter((k) => counts[k] || k === 'current' || k === 'stale' || k === 'wrong').map((k) => `${counts[k]} ${k}`);
  return { asOf, termsOf, counts, text: `Checked against the terms of ${termsOf}: ${parts.join(' · ')}` };
}
