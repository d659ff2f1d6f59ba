// Consistency inside one document: when two statements give different values for the same
// term ("27%" in the summary, "32.5%" in a table), the stale or later one points at the
// other. Where the model cannot tell which is meant — both are current, or one is framed
// as past — it is information only.

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
    for (let a = 0; a < indexes.length; a++) {
      const fa = findings[indexes[a]];
      for (let b = a + 1; b < indexes.length; b++) {
        const fb = findings[indexes[b]];
        if (fa.asserted === fb.asserted || fa.sentenceStart === fb.sentenceStart) continue;
        const problem = (f: Finding) => f.kind === 'stale' || f.kind === 'wrong';
        // The note goes on the stale or wrong statement, else on the later one.
        const [target, other] = problem(fa) && !problem(fb) ? [fa, fb] : [fb, fa];
        const index = findings.indexOf(target);
        const bothPresent = PRESENT.has(target.kind) && PRESENT.has(other.kind);
        const severity = bothPresent && (problem(target) || problem(other)) ? 'warning' : 'information';
        const existing = out.find((o) => o.index === index);
        const rel = { start: other.start, end: other.end, message: `The same document states ${other.asserted} here (${other.kind}).` };
        if (existing) { existing.related.push(rel); continue; }
        out.push({
          index, related: [rel], severity,
          message: `"${target.text}" states ${target.asserted}; elsewhere this document states ${other.asserted} for the same term.`,
        });
      }
    }
  }
  return out.sort((x, y) => x.index - y.index);
}
