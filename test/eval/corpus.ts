// The labelled sentence corpus (../shared/corpus/dev.jsonl) run through the engine the way
// ../shared/eval/score.mjs runs it through the CLI: every sentence its own paragraph, a
// sentence counts as flagged when a stale or wrong finding overlaps it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker } from '../../server/src/engine';
import { builtinModel } from '../../server/src/terms/model';

export const CORPUS = join(__dirname, '../../../shared/corpus/dev.jsonl');
export const TODAY = '2026-11-21';

interface Row { id: string; text: string; label: string; label_oct2025_frame: string; span: string | null; replacement: string | null }
export interface Score {
  frame: 'today' | 'oct2025'; sentences: number; tp: number; fp: number; fn: number; tn: number;
  precision: number; recall: number; byLabel: Record<string, { n: number; flagged: number }>;
  misses: { id: string; label: string; text: string; flagged: string[] }[];
}

export function corpusAvailable(): boolean { return existsSync(CORPUS); }

export function score(frame: 'today' | 'oct2025'): Score {
  const rows: Row[] = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const labelOf = (r: Row) => (frame === 'oct2025' ? r.label_oct2025_frame : r.label);
  const kept = rows.filter((r) => !['unclear', 'post-ref'].includes(labelOf(r)));
  let text = '';
  const spans = kept.map((r) => {
    const start = text.length;
    text += r.text.replace(/\s*\n\s*/g, ' ');
    const span = { start, end: text.length };
    text += '\n\n';
    return span;
  });
  const asOf = frame === 'oct2025' ? '2025-11-01' : TODAY;
  const findings = createChecker(builtinModel).check(text, { asOf, all: true }).findings
    .filter((f) => f.kind === 'stale' || f.kind === 'wrong');
  const s: Score = { frame, sentences: kept.length, tp: 0, fp: 0, fn: 0, tn: 0, precision: 0, recall: 0, byLabel: {}, misses: [] };
  kept.forEach((r, i) => {
    const label = labelOf(r);
    const hits = findings.filter((f) => f.start < spans[i].end && f.end > spans[i].start);
    const problem = label === 'stale' || label === 'wrong';
    const flagged = hits.length > 0;
    const b = (s.byLabel[label] ??= { n: 0, flagged: 0 });
    b.n++; if (flagged) b.flagged++;
    if (problem && flagged) s.tp++;
    else if (problem) { s.fn++; s.misses.push({ id: r.id, label, text: r.text, flagged: [] }); }
    else if (flagged) { s.fp++; s.misses.push({ id: r.id, label, text: r.text, flagged: hits.map((f) => `${f.kind} ${f.ruleId} "${f.text}"`) }); }
    else s.tn++;
  });
  s.precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
  s.recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
  return s;
}
