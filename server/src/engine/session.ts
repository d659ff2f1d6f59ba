// Re-checking a document after an edit in time proportional to the edit, not to the
// document. A Session remembers the last text, its segmentation and each block's findings.
// On the next check it finds the changed stretch (common prefix and suffix), re-segments
// from the last restart point before it until the segmentation falls back into step with
// the old one (segment.ts: `resegment`), analyses only the blocks whose text changed, and
// shifts the findings of the others. The result is exactly what a fresh check returns.
//
// What a block's findings depend on: its original text, its masked text, the as-of date,
// and the masked text just after it (a figure at the end of a block is read with at most
// LOOKAHEAD characters of what follows, e.g. "$135" + "\nbillion" — see tokens.ts). A block
// is reused only when all of these are unchanged.

import { resegment, segmentFull, isMarkdown, type Block, type Resegmented, type Segmentation } from './segment';
import { moved } from './moved';
import type { Finding } from './types';

/** How far past its end the tokenizer may read a block's masked text (at most 22; see tokens.ts). */
export const LOOKAHEAD = 32;

/** The last check of a document. */
interface Previous {
  text: string;
  seg: Segmentation;
  asOf: string;
  /** Findings of each block of seg.blocks, at that block's offsets in `text`. */
  blocks: Finding[][];
}

/**
 * Per-document memory of the last check. A re-check after an edit analyses only the
 * blocks the edit touched; the others are reused, shifted to their new offsets.
 */
export class Session {
  /** @internal */
  previous?: Previous;
}

/** A segmentation, and what of the previous check it can reuse. */
export interface Segmenting {
  seg: Segmentation;
  /** @internal */
  reuse?: { previous: Previous; edit?: Edit };
}

/** The changed stretch: [p, text.length - suffix) replaced [p, old.length - suffix). */
interface Edit { p: number; suffix: number; delta: number; re?: Resegmented; }

/**
 * The findings of a block. `masked` is the masked text from offset `base` of the document on:
 * the whole of it (base 0), or, after an edit, just the block and what follows it.
 */
export type BlockAnalyser = (masked: string, base: number, block: Block, asOf: string) => Finding[];

const NONE: Finding[] = [];

export function segmentWith(text: string, languageId: string, session?: Session): Segmenting {
  const previous = session?.previous;
  if (!previous || previous.seg.markdown !== isMarkdown(languageId)) return { seg: segmentFull(text, languageId) };
  if (text === previous.text) return { seg: previous.seg, reuse: { previous } };
  const old = previous.text;
  const p = commonPrefix(old, text);
  const suffix = commonSuffix(old, text, p);
  const delta = text.length - old.length;
  const re = resegment(previous.seg, old, text, p, suffix);
  return { seg: re ? re.seg : segmentFull(text, languageId), reuse: { previous, edit: { p, suffix, delta, re } } };
}

/** Each block's findings: reused from the previous check where nothing it depends on changed. */
export function analyseBlocks(text: string, s: Segmenting, asOf: string, analyse: BlockAnalyser, session?: Session): Finding[][] {
  const { seg } = s;
  const blocks = seg.blocks;
  const previous = s.reuse?.previous;
  let out: Finding[][];
  if (!previous || previous.asOf !== asOf) {
    const masked = seg.masked.toString();
    out = blocks.map((b) => orNone(analyse(masked, 0, b, asOf)));
  } else if (!s.reuse!.edit) {
    out = previous.blocks;
  } else {
    out = reuseAround(text, s.reuse!.edit, previous, seg, asOf, analyse);
  }
  if (session) session.previous = { text, seg, asOf, blocks: out };
  return out;
}

function reuseAround(text: string, edit: Edit, previous: Previous, seg: Segmentation, asOf: string, analyse: BlockAnalyser): Finding[][] {
  const { p, delta, re } = edit;
  const changedEnd = text.length - edit.suffix;
  const blocks = seg.blocks;
  const oldBlocks = previous.seg.blocks;
  const masked = seg.masked;
  const oldMasked = previous.seg.masked;
  const out: Finding[][] = new Array(blocks.length);
  /** The old block at `start`, if it has the same extent and masked text (lookahead included). */
  let j = 0;
  const same = (b: Block, by: number): Finding[] | undefined => {
    const start = b.start - by;
    while (j < oldBlocks.length && oldBlocks[j].start < start) j++;
    const o = oldBlocks[j];
    if (!o || o.start !== start || o.end !== b.end - by) return undefined;
    const n = b.end - b.start + LOOKAHEAD;
    return masked.slice(b.start, b.start + n) === oldMasked.slice(start, start + n) ? shifted(previous.blocks[j], by) : undefined;
  };
  // A block analysed again reads its own stretch of the masked text, never the whole of it.
  const analyseHere = (b: Block) => orNone(analyse(masked.slice(b.start, b.end + LOOKAHEAD), b.start, b, asOf));
  // Without a rescanned window (an edit in the front matter), every block is compared.
  const from = re ? re.from : 0;
  const windowEnd = re ? re.blocksBefore + re.windowBlocks : blocks.length;
  for (let k = 0; k < windowEnd; k++) {
    const b = blocks[k];
    if (re && k < re.blocksBefore && b.end + LOOKAHEAD <= from) { out[k] = previous.blocks[k]; continue; }
    // Text before p and from changedEnd on is the same in both; the masking may still differ.
    const reused = b.end <= p ? same(b, 0) : b.start >= changedEnd ? same(b, delta) : undefined;
    out[k] = reused ?? analyseHere(b);
  }
  // After the window the segmentation is the old one, shifted: so are the findings.
  if (re) {
    const offset = re.oldWindowBlocks - re.windowBlocks;
    for (let k = windowEnd; k < blocks.length; k++) out[k] = shifted(previous.blocks[k + offset], delta);
  }
  return out;
}

function orNone(findings: Finding[]): Finding[] {
  return findings.length ? findings : NONE;
}

function shifted(findings: Finding[], by: number): Finding[] {
  if (!by || !findings.length) return findings;
  return findings.map((f) => moved(f, by));
}

/** Compare in chunks first: equality of two slices runs in native code. */
const CHUNK = 1 << 12;

export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let p = 0;
  while (p + CHUNK <= n && a.slice(p, p + CHUNK) === b.slice(p, p + CHUNK)) p += CHUNK;
  while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

/** Length of the common suffix that does not overlap the first `prefix` characters of either. */
export function commonSuffix(a: string, b: string, prefix: number): number {
  const n = Math.min(a.length, b.length) - prefix;
  let s = 0;
  while (s + CHUNK <= n && a.slice(a.length - s - CHUNK, a.length - s) === b.slice(b.length - s - CHUNK, b.length - s)) s += CHUNK;
  while (s < n && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return s;
}
