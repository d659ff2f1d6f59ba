// Consistency inside one document: when two statements give different values for the same
// term ("27%" in the summary, "32.5%" in a table), the stale or later one points at the
// other. Where the model cannot tell which is meant — both are current, or one is framed
// as past — it is information only.
//
// Linear in the number of findings. The rule is about pairs of statements, but a long
// document can state one term thousands of times: comparing every pair (and listing every
// other statement on each) took seconds and megabytes of related notes per check. Each
// statement is instead compared with the statements of the other values, by position, and
// keeps its first MAX_RELATED notes, in the order the pairwise rule gives them.

import type { Finding } from './types';

export interface Related { start: number; end: number; message: string; }
export interface Inconsistency {
  /** Index into the findings passed in: the statement that gets the note. */
  index: number;
  related: Related[];
  /** 'warning' when one of the two is stale or wrong, else 'information'. */
  severity: 'warning' | 'information';
  message: string;
}

const PRESENT = new Set(['current', 'stale', 'wrong', 'unconfirmed']);

/**
 * Enough notes to find the other statements; more would only repeat the point, under every
 * warning of a long document, and make up most of what the server sends for it.
 */
export const MAX_RELATED = 4;

const problem = (f: Finding) => f.kind === 'stale' || f.kind === 'wrong';

/**
 * For every pair of statements of one term with different values in different sentences, the
 * note goes on the stale or wrong one, else on the later one, and points at the other. A
 * statement's notes come in the order of the pairs: first the earlier statements it is paired
 * with, then the later ones.
 */
export function inconsistencies(findings: Finding[]): Inconsistency[] {
  const byTerm = new Map<string, number[]>();
  findings.forEach((f, i) => {
    if (!f.termId) return;
    const list = byTerm.get(f.termId) ?? [];
    list.push(i);
    byTerm.set(f.termId, list);
  });
  const out: Inconsistency[] = [];
  for (const indexes of byTerm.values()) {
    // The term's statements by value, and by whether they are problems: ascending positions.
    const byValue = new Map<string, { ok: number[]; bad: number[] }>();
    for (const i of indexes) {
      const f = findings[i];
      let v = byValue.get(f.asserted);
      if (!v) byValue.set(f.asserted, (v = { ok: [], bad: [] }));
      (problem(f) ? v.bad : v.ok).push(i);
    }
    if (byValue.size < 2) continue;
    for (const i of indexes) {
      const target = findings[i];
      const others: number[][] = [];
      const laterOthers: number[][] = [];
      for (const [value, v] of byValue) {
        if (value === target.asserted) continue;
        // An earlier statement points here unless it is the problem and this one is not; a
        // later one only when this one is the problem and it is not.
        others.push(v.ok);
        if (problem(target)) { others.push(v.bad); laterOthers.push(v.ok); }
      }
      const related: number[] = [];
      take(findings, others, -1, i, target, related);
      if (problem(target)) take(findings, laterOthers, i, Infinity, target, related);
      if (!related.length) continue;
      const first = findings[related[0]];
      const bothPresent = PRESENT.has(target.kind) && PRESENT.has(first.kind);
      out.push({
        index: i,
        related: related.map((r) => ({ start: findings[r].start, end: findings[r].end, message: `The same document states ${findings[r].asserted} here (${findings[r].kind}).` })),
        severity: bothPresent && (problem(target) || problem(first)) ? 'warning' : 'information',
        message: `"${target.text}" states ${target.asserted}; elsewhere this document states ${first.asserted} for the same term.`,
      });
    }
  }
  return out.sort((x, y) => x.index - y.index);
}

/**
 * Append to `into`, in ascending order and up to MAX_RELATED in all, the indexes in (after,
 * before) of the lists that are not in the target's sentence.
 */
function take(findings: Finding[], lists: number[][], after: number, before: number, target: Finding, into: number[]): void {
  const at = lists.map((l) => firstAfter(l, after));
  while (into.length < MAX_RELATED) {
    let best = -1;
    for (let k = 0; k < lists.length; k++) {
      const i = lists[k][at[k]];
      if (i !== undefined && i < before && (best < 0 || i < lists[best][at[best]])) best = k;
    }
    if (best < 0) return;
    const i = lists[best][at[best]++];
    if (findings[i].sentenceStart !== target.sentenceStart) into.push(i);
  }
}

/** Position in an ascending list of the first element greater than x. */
function firstAfter(list: number[], x: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] <= x) lo = mid + 1; else hi = mid;
  }
  return lo;
}
