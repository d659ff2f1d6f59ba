// Sentences already analysed, by their exact content: a sentence that comes back (a repeated
// disclaimer, list item or table cell; the same boilerplate in many files of a repository;
// an unchanged sentence of an edited paragraph) is not scanned, tokenised and matched again.
//
// What a sentence's findings depend on (index.ts, analyseBlock): its masked text, its original
// text, the as-of date, and sometimes the masked text just after it. A figure at the very end
// of a sentence is read with what follows it ("… $135" + "\nbillion" at the end of a block;
// session.ts, LOOKAHEAD), but only a figure's characters (letters, digits, % and $) can be
// continued that way: a sentence ending in anything else — as every sentence ended by . ! or ?
// does — depends on nothing after it. The key holds all of it, so a hit gives exactly the
// findings analysing would give, moved to the sentence's offsets.
//
// Keys: most sentences are plain (the original text is the masked text, nothing after it
// counts) and are keyed by the masked sentence itself; the others by `${length}\0` + masked +
// original + what follows, in a map of their own (so the two kinds of key never meet). A key
// made of whole sentences measured faster than keys sampling a sentence's characters: sentences
// that differ by a few words made those samples collide.
//
// Bounded (cleared when full) and detached: the keys and findings it keeps are copies, never
// slices of the document they came from, so it retains no document text.

import { detached as copy, moved } from './moved';
import type { Finding } from './types';

interface Entry {
  /** Offset of the sentence the findings were computed at. */
  start: number;
  findings: Finding[];
}

interface Memo { plain: Map<string, Entry>; composite: Map<string, Entry>; }

const NONE: Finding[] = [];

export class SentenceMemo {
  private readonly byAsOf = new Map<string, Memo>();
  private size = 0;
  // The sentence last looked up, for `remember` after a miss.
  private key = '';
  private plain = true;
  private start = 0;

  /** A repository's distinct sentences run to a few ten thousands; 32,768 entries take about 10 MB. */
  constructor(private readonly max = 1 << 15) {}

  /**
   * The findings memoised for the sentence [start, end) of the document, moved there (only
   * those `keep` accepts, when given); undefined when not known. `masked` is the document's
   * masked text from offset `base` on; `text` the whole document.
   */
  lookup(
    asOf: string, text: string, masked: string, base: number, start: number, end: number, lookahead: number,
    keep?: (f: Finding) => boolean,
  ): Finding[] | undefined {
    const m = masked.slice(start - base, end - base);
    const o = text.slice(start, end);
    const after = mayContinue(masked.charCodeAt(end - base - 1)) ? masked.slice(end - base, end - base + lookahead) : '';
    this.plain = o === m && !after;
    this.key = this.plain ? m : `${end - start}\u0000${m}${o}${after}`;
    this.start = start;
    const memo = this.byAsOf.get(asOf);
    const e = memo && (this.plain ? memo.plain : memo.composite).get(this.key);
    if (!e) return undefined;
    if (!e.findings.length) return NONE;
    const by = start - e.start;
    const out: Finding[] = [];
    for (const f of e.findings) if (!keep || keep(f)) out.push(moved(f, by));
    return out;
  }

  /**
   * Remember the findings of the sentence last looked up (and not found). Returns them to use
   * in their place: the same findings, their strings detached from the document (moved.ts).
   */
  remember(asOf: string, findings: Finding[]): Finding[] {
    if (this.size >= this.max) { this.byAsOf.clear(); this.size = 0; }
    let memo = this.byAsOf.get(asOf);
    if (!memo) { memo = { plain: new Map(), composite: new Map() }; this.byAsOf.set(asOf, memo); }
    const entry: Entry = { start: this.start, findings: findings.length ? findings.map((f) => moved(f, 0, copy)) : NONE };
    (this.plain ? memo.plain : memo.composite).set(copy(this.key), entry);
    this.size++;
    // New objects for the caller (they may be changed, e.g. packed for a worker's message), sharing the detached strings.
    return entry.findings.length ? entry.findings.map((f) => moved(f, 0)) : [];
  }
}

/** [A-Za-z0-9%$]: a character a figure's scanner may read on from (tokens.ts). */
function mayContinue(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 37 || c === 36;
}

