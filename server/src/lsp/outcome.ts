// What checking one document version produced, shared by every feature that reads it.
import type { Finding, Kind, Severity } from '../engine/types';
import type { TermsModel } from '../terms/types';

export type Outcome =
  /** Not checked: disabled, another language, or matched by an `ignore` glob. */
  | { state: 'skipped'; reason: string }
  | { state: 'tooLarge'; bytes: number; limit: number }
  | {
      state: 'checked';
      asOf: string;
      languageId: string;
      /** Every finding, current and historical ones included (hover and inlay hints use them). */
      findings: Finding[];
      notices: Finding[];
      model: TermsModel;
      /** The severity overrides the document was checked with (rule ids and kinds, plus `consistency`). */
      severity?: Record<string, Severity>;
    };

export type Checked = Extract<Outcome, { state: 'checked' }>;

/** Kinds that are problems; `current` and `historical` only annotate (hover, inlay hints). */
export const PROBLEM_KINDS: ReadonlySet<Kind> = new Set<Kind>(['stale', 'wrong', 'unconfirmed']);

export function problems(outcome: Checked): Finding[] {
  return outcome.findings.filter((f) => PROBLEM_KINDS.has(f.kind) && f.severity !== 'off');
}

/** Problems with a mechanical replacement that changes the text. */
export function fixable(outcome: Checked): Finding[] {
  return problems(outcome).filter((f) => f.replacement !== undefined && f.replacement !== f.text);
}

/** Findings whose range touches [start, end] (a cursor at either edge of a claim counts). */
export function touching(findings: Finding[], start: number, end: number): Finding[] {
  return findings.filter((f) => f.start <= end && f.end >= start);
}
