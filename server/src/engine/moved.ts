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

/**
 * A string that does not share the document's memory. V8 makes a slice of 13 characters or
 * more a view into the string it was cut from: a finding or a comment kept across edits that
 * holds such a slice keeps that whole version of the document alive, so an edited megabyte
 * document would keep one copy per edit. Short strings are copies already; a longer one is
 * taken from a fresh flat copy of it (V8 flattens a concatenation before slicing it).
 */
export function detached(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
