// A finding moved by some offset: how cached findings are reused at a sentence's or a block's
// new place. Written field by field, in the order analyseSentence (index.ts) writes them:
// findings come in four shapes (with or without `replacement`, `since`), and spreading them
// (`{ ...f, start }`) is megamorphic, several times slower — it was a large part of a
// re-check. test/engine/moved.test.ts fails if a field of Finding is not copied here.

import type { Finding } from './types';

export function moved(f: Finding, by: number, copy: (s: string) => string = same): Finding {
  const g: Finding = {
    ruleId: f.ruleId, kind: f.kind, severity: f.severity, message: copy(f.message),
    start: f.start + by, end: f.end + by, text: copy(f.text),
  } as Finding;
  if (f.replacement !== undefined) g.replacement = copy(f.replacement);
  g.termId = f.termId;
  g.asserted = copy(f.asserted);
  g.expected = copy(f.expected);
  if (f.since !== undefined) g.since = f.since;
  g.explanation = f.explanation;
  g.sources = f.sources;
  g.sentenceStart = f.sentenceStart + by;
  g.sentenceEnd = f.sentenceEnd + by;
  return g;
}

function same(s: string): string {
  return s;
}
