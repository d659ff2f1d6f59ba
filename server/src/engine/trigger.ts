// The combined trigger matcher: one pass over a sentence's characters that says whether any
// pattern of the model could match in it, before the sentence is tokenised and analysed.
// Most prose never names a term of the agreement; tokenising it and trying every pattern
// that starts with one of its words was most of the cost of checking a document.
//
// For each pattern, the two parts it cannot match without whose words are rarest are its
// anchors (one when it has one required part). A sentence is analysed when, for some pattern,
// both anchors are present: one of the sentence's words is one of the anchor's words (or
// starts with one of its prefixes, such as `exclusiv*`), or, for an anchor on a figure, the
// sentence holds what every figure of that kind needs (tokens.ts): a percent needs "%",
// "percent", "pct", "per cent" or "third"; an amount "$", "USD…", "dollars" or "dollar"; a year a word
// ending in four digits 19xx or 20xx. A cue needs its figure and its own words. This is a
// necessary condition for a match, never a sufficient one, so it changes no result: a
// sentence it skips would give no claim. The same condition holds per pattern: after a full
// scan of a sentence that passes (scanAll), a statement or misreading whose anchors are not
// all there is not tried on it (ruleLive).
//
// The anchor words are kept in a trie over [a-z0-9], walked as the characters are read, so
// the test allocates nothing. A word's token can start inside a run of letters and digits only
// right after a money figure ("$5x" is "$5" then "x"), so in a run that holds a digit every
// suffix is tried as well.

import type { CompiledRule } from './compile';
import type { CompiledPattern } from './patterns';

export interface Trigger {
  /** Some pattern has no anchor the scan can see (e.g. it is all punctuation): analyse everything. */
  always: boolean;
  /** Trie: next[node * 36 + symbol], -1 for none; node 0 is the root. */
  next: Int32Array;
  /** Anchor groups completed by a run ending at a node, or by a run passing through it (a prefix). */
  exact: (number[] | undefined)[];
  prefix: (number[] | undefined)[];
  /** Per node: 1 when exact[node] is set, 2 when prefix[node] is (tested before the arrays are read). */
  ends: Uint8Array;
  /** Anchor groups of figures of each kind. */
  percent: number[];
  usd: number[];
  year: number[];
  /** For each group, the patterns it anchors; for each pattern, its groups. */
  groupPatterns: number[][];
  patternGroups: number[][];
  /** Scratch: the call in which each group was last seen. */
  seen: Uint32Array;
  call: number;
  /** The anchor groups of each statement or misreading rule (none: the rule is always tried). */
  ruleGroups: Map<CompiledRule, number[]>;
}

const WORD_COST = 1;
const PREFIX_COST = 2;
const FIGURE_COST = 16;
/** Words so common in prose that anchoring on them would analyse nearly every sentence. */
const COMMON_COST = 64;
const COMMON = new Set([
  'a', 'an', 'the', 'to', 'of', 'in', 'on', 'for', 'by', 'at', 'with', 'from', 'into', 'over', 'and', 'or', 'not',
  'no', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'it', 'its', 'their', 'this', 'that',
  'will', 'can', 'may', 'must', 'as', 'all', 'any', 'other', 'first', 'two', 'both', 'only', 'new', 'more', 'than',
  'until', 'through', 'when', 'once', 'after', 'up', 'out', 'use', 'run', 'get', 'gets', 'still', 'open', 'way',
  'microsoft', 'openai', 'azure', 'deal', 'agreement', 'partnership', 'models', 'model', 'products',
]);

interface AtomLike { word?: string; prefix?: string; kind?: string; }

/** What a sentence must hold for one part of a pattern to match. */
interface Anchor { words: string[]; prefixes: string[]; figures: string[]; cost: number; }

const NOTHING: Anchor = { words: [], prefixes: [], figures: [], cost: Infinity };

/** The characters a scan can see of an atom: its leading [a-z0-9] run. */
function key(s: string): string | undefined {
  return /^[a-z0-9]+/.exec(s)?.[0];
}

function atomAnchor(a: AtomLike): Anchor {
  if (a.kind && a.kind !== 'word' && a.kind !== 'punct') return { ...NOTHING, figures: [a.kind], cost: FIGURE_COST };
  if (a.prefix !== undefined) {
    const k = key(a.prefix);
    return k === undefined ? NOTHING : { ...NOTHING, prefixes: [k], cost: PREFIX_COST };
  }
  if (a.word !== undefined) {
    const k = key(a.word);
    if (k === undefined) return NOTHING;
    // "don't" is split by the scan where the tokenizer keeps it whole: anchoring on the
    // leading run is a weaker test, still a necessary one.
    return { ...NOTHING, words: [k], cost: COMMON.has(a.word) ? COMMON_COST : k.length < 4 ? 2 * WORD_COST : WORD_COST };
  }
  return NOTHING;
}

/** The anchor of each required part: each phrase needs all its atoms, so its rarest will do. */
function partAnchors(p: CompiledPattern): Anchor[] {
  const out: Anchor[] = [];
  for (const part of p.parts) {
    if (part.optional) continue;
    const anchor: Anchor = { words: [], prefixes: [], figures: [], cost: 0 };
    for (const ph of part.phrases) {
      let pick = NOTHING;
      for (const a of ph) {
        const c = atomAnchor(a);
        if (c.cost < pick.cost) pick = c;
      }
      anchor.words.push(...pick.words);
      anchor.prefixes.push(...pick.prefixes);
      anchor.figures.push(...pick.figures);
      anchor.cost += pick.cost;
    }
    if (anchor.cost < Infinity) out.push(anchor);
  }
  return out.sort((a, b) => a.cost - b.cost);
}

export function compileTrigger(rules: CompiledRule[], cues: Map<string, CompiledRule[]>): Trigger {
  const groups: Anchor[] = [];
  const patternGroups: number[][] = [];
  let always = false;
  const ruleGroups = new Map<CompiledRule, number[]>();
  const addPattern = (anchors: Anchor[]): number[] | undefined => {
    if (!anchors.length) { always = true; return undefined; }
    const ids = anchors.slice(0, 2).map((a) => groups.push(a) - 1);
    patternGroups.push(ids);
    return ids;
  };
  for (const rule of rules) {
    const ids = addPattern(partAnchors(rule.pattern));
    if (ids) ruleGroups.set(rule, ids);
  }
  // A cue claims the figure next to it: it needs the figure and its own words.
  for (const [kind, list] of cues) {
    for (const rule of list) {
      const own = partAnchors(rule.pattern);
      addPattern([{ ...NOTHING, figures: [kind], cost: FIGURE_COST }, ...own.slice(0, 1)]);
    }
  }
  const groupPatterns: number[][] = groups.map(() => []);
  patternGroups.forEach((ids, pattern) => { for (const g of ids) groupPatterns[g].push(pattern); });

  const words = new Map<string, number[]>();
  const prefixes = new Map<string, number[]>();
  const percent: number[] = [];
  const usd: number[] = [];
  const year: number[] = [];
  const to = (m: Map<string, number[]>, w: string, g: number) => { const l = m.get(w) ?? []; if (!l.includes(g)) l.push(g); m.set(w, l); };
  groups.forEach((a, g) => {
    for (const w of a.words) to(words, w, g);
    for (const p of a.prefixes) to(prefixes, p, g);
    for (const f of new Set(a.figures)) {
      // What a figure token of that kind cannot be written without; '%' and '$' are tested apart.
      if (f === 'percent') { percent.push(g); for (const w of ['percent', 'pct', 'per', 'third']) to(words, w, g); }
      if (f === 'usd') { usd.push(g); to(prefixes, 'usd', g); to(words, 'dollars', g); to(words, 'dollar', g); }
      if (f === 'year') year.push(g);
    }
  });
  return {
    always, percent, usd, year, groupPatterns, patternGroups, seen: new Uint32Array(groups.length), call: 0, ruleGroups,
    ...buildTrie(words, prefixes),
  };
}

/** [0-9a-zA-Z] → 0…35 (case folded), anything else → -1. */
const SYMBOL = new Int8Array(128).fill(-1);
for (let c = 0; c < 128; c++) {
  if (c >= 48 && c <= 57) SYMBOL[c] = c - 48;
  else if (c >= 97 && c <= 122) SYMBOL[c] = c - 87;
  else if (c >= 65 && c <= 90) SYMBOL[c] = c - 55;
}

function symbol(c: number): number {
  return c < 128 ? SYMBOL[c] : -1;
}

function buildTrie(words: Map<string, number[]>, prefixes: Map<string, number[]>): Pick<Trigger, 'next' | 'exact' | 'prefix' | 'ends'> {
  let size = 1;
  for (const w of [...words.keys(), ...prefixes.keys()]) size += w.length;
  const next = new Int32Array(size * 36).fill(-1);
  const exact: (number[] | undefined)[] = new Array<number[] | undefined>(size).fill(undefined);
  const prefix: (number[] | undefined)[] = new Array<number[] | undefined>(size).fill(undefined);
  const ends = new Uint8Array(size);
  let nodes = 1;
  const insert = (w: string, into: (number[] | undefined)[], ids: number[]) => {
    let n = 0;
    for (let k = 0; k < w.length; k++) {
      const s = symbol(w.charCodeAt(k));
      let m = next[n * 36 + s];
      if (m < 0) { m = nodes++; next[n * 36 + s] = m; }
      n = m;
    }
    into[n] = [...(into[n] ?? []), ...ids];
    ends[n] |= into === exact ? 1 : 2;
  };
  for (const [w, ids] of words) insert(w, exact, ids);
  for (const [p, ids] of prefixes) insert(p, prefix, ids);
  return { next, exact, prefix, ends };
}

/**
 * Mark anchor groups seen; true when that completes the anchors of some pattern. In a full scan
 * (scanAll) it marks every group and only records that some pattern was completed.
 */
function mark(t: Trigger, ids: number[] | undefined): boolean {
  if (!ids) return false;
  const { seen, call } = t;
  for (const g of ids) {
    if (seen[g] === call) continue;
    seen[g] = call;
    if (full && complete) continue;
    for (const pattern of t.groupPatterns[g]) {
      let done = true;
      for (const other of t.patternGroups[pattern]) if (seen[other] !== call) { done = false; break; }
      if (done) {
        if (!full) return true;
        complete = true;
        break;
      }
    }
  }
  return false;
}

/** State of a full scan: keep reading after the first complete pattern; whether one was. */
let full = false;
let complete = false;

/**
 * mayClaim that reads the whole sentence, so that every anchor group it holds is marked: then
 * ruleLive tells, for this sentence, which rules could match at all, and the others are not
 * tried (matching is most of the cost of a sentence that passes). The same answer as mayClaim.
 */
export function scanAll(t: Trigger, text: string, start: number, end: number): boolean {
  full = true;
  complete = false;
  try {
    return mayClaim(t, text, start, end) || complete;
  } finally {
    full = false;
  }
}

/** After scanAll on a sentence: could this rule match in it? (Rules without anchors: yes.) */
export function ruleLive(t: Trigger, rule: CompiledRule): boolean {
  const ids = t.ruleGroups.get(rule);
  // A model with an anchorless pattern is never scanned (mayClaim answers yes at once).
  if (!ids || t.always) return true;
  for (const g of ids) if (t.seen[g] !== t.call) return false;
  return true;
}

/** Could any pattern of the model match in text[start, end)? (A necessary condition; see above.) */
export function mayClaim(t: Trigger, text: string, start: number, end: number): boolean {
  if (t.always) return true;
  // A new call number forgets the groups of the last sentence without clearing them.
  if (++t.call === 0xffffffff) { t.seen.fill(0); t.call = 1; }
  const { next, ends } = t;
  let k = start;
  while (k < end) {
    let c = text.charCodeAt(k);
    let s = c < 128 ? SYMBOL[c] : -1;
    if (s < 0) {
      if ((c === 37 && mark(t, t.percent)) || (c === 36 && mark(t, t.usd))) return true;
      k++;
      continue;
    }
    // A run of [A-Za-z0-9]: walk the trie along it while it has a path…
    const runStart = k;
    let digit = false;
    let node = 0;
    for (;;) {
      if (s < 10) digit = true;
      node = next[node * 36 + s];
      k++;
      if (node < 0) break;
      if (ends[node] & 2 && mark(t, t.prefix[node])) return true;
      if (k >= end) break;
      c = text.charCodeAt(k);
      s = c < 128 ? SYMBOL[c] : -1;
      if (s < 0) break;
    }
    if (node >= 0) {
      if (ends[node] & 1 && mark(t, t.exact[node])) return true;
    } else {
      // …then run to its end.
      for (; k < end; k++) {
        c = text.charCodeAt(k);
        s = c < 128 ? SYMBOL[c] : -1;
        if (s < 0) break;
        if (s < 10) digit = true;
      }
    }
    if (digit) {
      if (k - runStart >= 4 && isYearAt(text, k - 4) && mark(t, t.year)) return true;
      if (suffixes(t, text, runStart + 1, k)) return true;
    }
  }
  return false;
}

/** The anchors spelled by the suffixes of the run text[from - 1, end), from `from` on. */
function suffixes(t: Trigger, text: string, from: number, end: number): boolean {
  for (let s0 = from; s0 < end; s0++) {
    let node = 0;
    for (let k = s0; k < end && node >= 0; k++) {
      node = t.next[node * 36 + symbol(text.charCodeAt(k))];
      if (node >= 0 && mark(t, t.prefix[node])) return true;
    }
    if (node >= 0 && mark(t, t.exact[node])) return true;
  }
  return false;
}

/** /(19|20)\d\d/ at k: a year token is a word of four characters, a whole run or its end. */
function isYearAt(text: string, k: number): boolean {
  const a = text.charCodeAt(k);
  const b = text.charCodeAt(k + 1);
  return ((a === 49 && b === 57) || (a === 50 && b === 48)) && isDigit(text.charCodeAt(k + 2)) && isDigit(text.charCodeAt(k + 3));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
