// Sentences already analysed, by their exact content: a sentence that comes back (a repeated
// disclaimer, list item or table cell; the same boilerplate in many files of a repository;
// an unchanged sentence of an edited paragraph) is not scanned, tokenised and matched again.
//
// What a sentence's findings depend on (index.ts, analyseBlock): its masked text, its original
// text, the as-of date, and sometimes the masked text just after it. A figure at the very end
// of a sentence is read with what follows it ("… $135" + "\nbillion" at the end of a block;
// session.ts, LOOKAHEAD), but only a figure's characters (letters, digits, % and $) can be
// continued that way: a sentence ending in anything else — as every sentence ended by . ! or ?
// does — depends on nothing after it. An entry holds all of it, and a hit must match every
// part exactly, so it gives exactly the findings analysing would give, moved to the
// sentence's offsets.
//
// Look-up: a 32-bit hash of the sentence's length and a sample of its characters (its first
// and last SAMPLE_EDGE, every SAMPLE_STRIDE-th between), then a comparison with each entry of
// that hash. Comparing is several times cheaper per character than hashing every character,
// which is what a Map keyed by the sentence did (a fifth of a repository check, composite keys
// copied into one string first). Sentences that differ only where the sample does not look
// share a hash (rows of a template); once a chain holds MAX_CHAIN of them, its sentences go
// to a second table under a hash of every character. No chain grows past MAX_CHAIN, so the
// cost per sentence stays bounded whatever the document.
//
// Bounded (cleared when full) and detached: the text and findings it keeps are copies, never
// slices of the document they came from, so it retains no document text.

import { detached as copy, moved } from './moved';
import type { Finding } from './types';

interface Entry {
  /** Offset of the sentence the findings were computed at. */
  start: number;
  masked: string;
  /** The original text, when it differs from the masked text. */
  original: string | undefined;
  /** What follows the sentence when its last character may be continued; '' otherwise. */
  after: string;
  findings: Finding[];
  /** The next entry of the same hash. */
  next: Entry | undefined;
  /** Entries in the chain from this one on. */
  depth: number;
}

const NONE: Finding[] = [];
const SAMPLE_EDGE = 16;
const SAMPLE_STRIDE = 8;
const MAX_CHAIN = 8;

export class SentenceMemo {
  private readonly byAsOf = new Map<string, Map<number, Entry>>();
  /** For sentences whose sampled hash has a full chain: by a hash of every character. */
  private readonly fullByAsOf = new Map<string, Map<number, Entry>>();
  /** The table `remember` stores under (undefined: none yet for the as-of date), and whether it is the full-hash one. */
  private table: Map<number, Entry> | undefined = undefined;
  private inFull = false;
  private sampled = 0;
  private size = 0;
  // The sentence last looked up, for `remember` after a miss: its hash and its parts.
  private hash = 0;
  private masked = '';
  private original: string | undefined = undefined;
  private after = '';
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
    const plain = o === m;
    const after = mayContinue(masked.charCodeAt(end - base - 1)) ? masked.slice(end - base, end - base + lookahead) : '';
    // Sampled from the whole strings, not the slices: reading a slice's characters is slower.
    let h = sample(masked, start - base, end - base, 0x811c9dc5);
    if (!plain) h = sample(text, start, end, h);
    if (after) h = sample(masked, end - base, end - base + after.length, h);
    // A small integer: a Map hashes it without boxing.
    h &= 0x3fffffff;
    this.hash = this.sampled = h;
    this.inFull = false;
    this.masked = m;
    this.original = plain ? undefined : o;
    this.after = after;
    this.start = start;
    this.table = this.byAsOf.get(asOf);
    const head = this.table?.get(h);
    let e = head;
    while (e && !(e.masked === m && e.original === this.original && e.after === after)) e = e.next;
    if (!e && head && head.depth >= MAX_CHAIN) {
      this.hash = full(masked, start - base, end - base, plain ? '' : o, after) & 0x3fffffff;
      this.inFull = true;
      this.table = this.fullByAsOf.get(asOf);
      e = this.table?.get(this.hash);
      while (e && !(e.masked === m && e.original === this.original && e.after === after)) e = e.next;
    }
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
    let table = this.table;
    if (this.size >= this.max) {
      // Full: start again, from the sampled table.
      this.byAsOf.clear(); this.fullByAsOf.clear(); this.size = 0;
      table = undefined; this.inFull = false; this.hash = this.sampled;
    }
    if (!table) { table = new Map(); (this.inFull ? this.fullByAsOf : this.byAsOf).set(asOf, table); }
    const kept = findings.length ? findings.map((f) => moved(f, 0, copy)) : NONE;
    const head = table.get(this.hash);
    if (!head || head.depth < MAX_CHAIN) {
      table.set(this.hash, {
        start: this.start, masked: copy(this.masked), original: this.original === undefined ? undefined : copy(this.original),
        after: copy(this.after), findings: kept, next: head, depth: (head?.depth ?? 0) + 1,
      });
      this.size++;
    }
    // The document is not kept past the check it came from.
    this.masked = this.after = '';
    this.original = undefined;
    // New objects for the caller (they may be changed, e.g. packed for a worker's message), sharing the detached strings.
    return kept.length ? kept.map((f) => moved(f, 0)) : [];
  }
}

/** FNV-1a, from h, over the length of s[from, to) and a sample of its characters. */
function sample(s: string, from: number, to: number, h: number): number {
  h = Math.imul(h ^ (to - from), 0x01000193);
  if (to - from <= 2 * SAMPLE_EDGE + SAMPLE_STRIDE) {
    for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h;
  }
  for (let i = from; i < from + SAMPLE_EDGE; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  for (let i = from + SAMPLE_EDGE; i < to - SAMPLE_EDGE; i += SAMPLE_STRIDE) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  for (let i = to - SAMPLE_EDGE; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** FNV-1a over every character of the sentence, its original text when different, and what follows. */
function full(masked: string, from: number, to: number, original: string, after: string): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ masked.charCodeAt(i), 0x01000193);
  for (let i = 0; i < original.length; i++) h = Math.imul(h ^ original.charCodeAt(i), 0x01000193);
  for (let i = 0; i < after.length; i++) h = Math.imul(h ^ after.charCodeAt(i), 0x01000193);
  return h;
}

/** [A-Za-z0-9%$]: a character a figure's scanner may read on from (tokens.ts). */
function mayContinue(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 37 || c === 36;
}
