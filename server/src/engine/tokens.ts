// Tokens of one sentence, with exact UTF-16 offsets into the document.
// Figures become single tokens with a canonical word (`27%`, `$135b`, `2032`) so that
// phrase patterns in the terms model can name them, whatever the spelling in the text
// (`27 percent`, `US$135 billion`, `135 billion USD`, `one-third`).
// Hand-written rather than a general NLP tokenizer: we need exact offsets, no
// dependencies in the web worker, and one linear pass.
//
// The figure scanners below are character loops, not regular expressions: they run on
// every digit and every "u"/"a"/"o" word of a document, and a sticky-regex attempt per
// token was the largest cost of checking. Each one is written to accept exactly what the
// regular expression in its comment accepts (ASCII case folding, JavaScript's `\s`,
// `\b` over [A-Za-z0-9_]), reads at most a bounded distance past its start, and never
// backtracks, so the scan stays linear in the text.

import { detached } from './moved';

export type TokenKind = 'word' | 'percent' | 'usd' | 'year' | 'punct';

export interface Token {
  /** Normalised form: lower case, straight quotes, possessive dropped; canonical for figures. */
  w: string;
  kind: TokenKind;
  /** Number for figures: percent points, US dollars, or the year. */
  value?: number;
  /** The figure was written with a hedge (`about`, `~`, `nearly`, `one-third`). */
  approx?: boolean;
  start: number;
  end: number;
}

const SCALE: Record<string, number> = {
  trillion: 1e12, trn: 1e12, tn: 1e12, t: 1e12, billion: 1e9, bln: 1e9, bn: 1e9, b: 1e9, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6,
};

function canonicalUsd(v: number): string {
  if (v >= 1e9) return `$${+(v / 1e9).toFixed(3)}b`;
  if (v >= 1e6) return `$${+(v / 1e6).toFixed(3)}m`;
  return `$${v}`;
}

export function canonicalPercent(v: number): string {
  return `${+v.toFixed(2)}%`;
}

/** Every token has the same shape (all six fields), so the code that reads them stays monomorphic. */
function token(w: string, kind: TokenKind, value: number | undefined, approx: boolean, start: number, end: number): Token {
  return { w, kind, value, approx, start, end };
}

/** [A-Za-z0-9]: what the tokenizer calls a word character. */
export function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `\w` of a non-Unicode regular expression, for `\b`: [A-Za-z0-9_]. */
function isReWord(c: number): boolean {
  return isWordChar(c) || c === 95;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** JavaScript's `\s` (WhiteSpace and LineTerminator). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 5760 || (c >= 8192 && c <= 8202) || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}

/** Does text at `at` spell `word` (lower-case ASCII letters and spaces), ignoring ASCII case? */
function spells(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const e = word.charCodeAt(k);
    const c = text.charCodeAt(at + k);
    if (e >= 97 && e <= 122 ? (c | 32) !== e || !isAsciiLetter(c) : c !== e) return false;
  }
  return true;
}

/** `word\b`: the word, then no [A-Za-z0-9_]. Returns the end, or -1. */
function spellsWord(text: string, at: number, word: string): number {
  return spells(text, at, word) && !isReWord(text.charCodeAt(at + word.length)) ? at + word.length : -1;
}

// Results of the scanners, in module variables rather than fresh objects: a scanner runs
// on every figure-like token of every document.
let numEnd = 0;
let scaleWord = '';

/** `\d+(?:\.\d+)?` at i; sets numEnd, returns false when there is no digit. */
function decimalAt(text: string, i: number): boolean {
  let e = i;
  while (isDigit(text.charCodeAt(e))) e++;
  if (e === i) return false;
  if (text.charCodeAt(e) === 46 && isDigit(text.charCodeAt(e + 1))) {
    e += 2;
    while (isDigit(text.charCodeAt(e))) e++;
  }
  numEnd = e;
  return true;
}

/**
 * `(?:trillion|billion|million|trn|bln|mln|bn|mn|tn|[bmt])(?![a-z])` with /i: the first alternative that
 * is spelled at `at` and not followed by a letter. Sets scaleWord; returns the end or -1.
 */
function scaleAt(text: string, at: number): number {
  const c = text.charCodeAt(at) | 32;
  if (!isAsciiLetter(text.charCodeAt(at))) return -1;
  const words = c === 116 ? SCALES_T : c === 98 ? SCALES_B : c === 109 ? SCALES_M : undefined;
  if (!words) return -1;
  for (const w of words) {
    if (spells(text, at, w) && !isAsciiLetter(text.charCodeAt(at + w.length))) {
      scaleWord = w;
      return at + w.length;
    }
  }
  return -1;
}
// "bln", "mln", "trn": the abbreviations of wire services and of many non-English newsrooms.
const SCALES_T = ['trillion', 'trn', 'tn', 't'];
const SCALES_B = ['billion', 'bln', 'bn', 'b'];
const SCALES_M = ['million', 'mln', 'mn', 'm'];

/**
 * /(?:US ?\$|\$|USD ?)[\s\u00a0]?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:[\s\u00a0]?(trillion|billion|million|trn|bln|mln|bn|mn|tn|[bmt])(?![a-z]))?(?:[\s\u00a0](?:USD|dollars|US dollars)\b)?/iy
 * at i (a '$', 'U' or 'u'). Returns the match end or -1; the number is text[numStart, numEnd)
 * and the scale word is scaleWord ('' for none).
 */
let numStart = 0;
function moneyPrefixAt(text: string, i: number): number {
  let p: number;
  if (text.charCodeAt(i) === 36) p = i + 1;
  else {
    if ((text.charCodeAt(i + 1) | 32) !== 115 || !isAsciiLetter(text.charCodeAt(i + 1))) return -1;
    const q = i + 2;
    const dollar = text.charCodeAt(q) === 32 ? q + 1 : q;
    if (text.charCodeAt(dollar) === 36) p = dollar + 1; // US$, US $
    else if ((text.charCodeAt(q) | 32) === 100 && isAsciiLetter(text.charCodeAt(q))) { // USD, USD␠
      p = q + 1;
      if (text.charCodeAt(p) === 32) p++;
    } else return -1;
  }
  if (isSpace(text.charCodeAt(p))) p++;
  // Whitespace is never a digit, so taking it greedily above never hides a number.
  let d = p;
  while (isDigit(text.charCodeAt(d))) d++;
  if (d === p) return -1;
  numStart = p;
  if (d - p <= 3 && isThousands(text, d)) {
    let e = d;
    while (isThousands(text, e)) e += 4;
    numEnd = e;
  } else {
    decimalAt(text, p);
  }
  let end = numEnd;
  scaleWord = '';
  const ws = isSpace(text.charCodeAt(end)) ? end + 1 : end;
  const scaled = scaleAt(text, ws);
  if (scaled >= 0) end = scaled;
  else scaleWord = '';
  if (isSpace(text.charCodeAt(end))) {
    const r = end + 1;
    const unit = Math.max(spellsWord(text, r, 'usd'), spellsWord(text, r, 'dollars'), spellsWord(text, r, 'us dollars'));
    if (unit >= 0) end = unit;
  }
  return end;
}

/** `,\d{3}` at at. */
function isThousands(text: string, at: number): boolean {
  return text.charCodeAt(at) === 44 && isDigit(text.charCodeAt(at + 1)) && isDigit(text.charCodeAt(at + 2)) && isDigit(text.charCodeAt(at + 3));
}

/**
 * /(\d+(?:\.\d+)?)[\s\u00a0]?(?:%(?:[\s\u00a0]percent\b)?|percent\b|per[\s\u00a0-]cent\b|pct\b)/iy at i.
 * Returns the end or -1; the number is text[i, numEnd).
 */
function percentAt(text: string, i: number): number {
  if (!decimalAt(text, i)) return -1;
  const n = numEnd;
  if (isSpace(text.charCodeAt(n))) {
    const r = percentSuffix(text, n + 1);
    if (r >= 0) return r;
  }
  return percentSuffix(text, n);
}

function percentSuffix(text: string, r: number): number {
  const c = text.charCodeAt(r);
  if (c === 37) {
    if (isSpace(text.charCodeAt(r + 1))) {
      const e = spellsWord(text, r + 2, 'percent');
      if (e >= 0) return e;
    }
    return r + 1;
  }
  if ((c | 32) !== 112) return -1;
  let e = spellsWord(text, r, 'percent');
  if (e >= 0) return e;
  if (spells(text, r, 'per')) {
    const sep = text.charCodeAt(r + 3);
    if ((isSpace(sep) || sep === 45) && (e = spellsWord(text, r + 4, 'cent')) >= 0) return e;
  }
  return spellsWord(text, r, 'pct');
}

/**
 * /(\d+(?:\.\d+)?)[\s\u00a0](trillion|billion|million|bn)[\s\u00a0](?:US[\s\u00a0])?(?:USD|dollars?)\b/iy at i
 * ("a 135 billion dollar investment" as well as "135 billion dollars").
 * Returns the end or -1; the number is text[i, numEnd), the scale scaleWord.
 */
function moneySuffixAt(text: string, i: number): number {
  if (!decimalAt(text, i) || !isSpace(text.charCodeAt(numEnd))) return -1;
  const q = numEnd + 1;
  let r = -1;
  for (const w of SUFFIX_SCALES) {
    if (spells(text, q, w)) { r = q + w.length; scaleWord = w; break; }
  }
  if (r < 0 || !isSpace(text.charCodeAt(r))) return -1;
  r++;
  if (spells(text, r, 'us') && isSpace(text.charCodeAt(r + 2))) {
    const e = Math.max(spellsWord(text, r + 3, 'usd'), spellsWord(text, r + 3, 'dollars'), spellsWord(text, r + 3, 'dollar'));
    if (e >= 0) return e;
  }
  return Math.max(spellsWord(text, r, 'usd'), spellsWord(text, r, 'dollars'), spellsWord(text, r, 'dollar'));
}
// Alternatives that share a first letter never both spell the same text, so trying them
// in the regular expression's order gives its answer.
const SUFFIX_SCALES = ['trillion', 'billion', 'million', 'bn'];

/** /(?:one|a)[\s\u00a0\u2010\u2011-]third\b/iy at i. Returns the end or -1. */
function thirdAt(text: string, i: number): number {
  let p: number;
  if (spells(text, i, 'one')) p = i + 3;
  else if (spells(text, i, 'a')) p = i + 1;
  else return -1;
  const sep = text.charCodeAt(p);
  if (!(isSpace(sep) || sep === 0x2010 || sep === 0x2011 || sep === 45)) return -1;
  return spellsWord(text, p + 1, 'third');
}

/** /[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?/y at i (a word character). Returns the end. */
function wordEnd(text: string, i: number): number {
  let e = i + 1;
  while (isWordChar(text.charCodeAt(e))) e++;
  const q = text.charCodeAt(e);
  if ((q === 39 || q === 0x2019) && isAsciiLetter(text.charCodeAt(e + 1))) {
    e += 2;
    while (isAsciiLetter(text.charCodeAt(e))) e++;
  }
  return e;
}

/**
 * Normalised words, interned: the same word gets the same string every time, without
 * slicing and lower-casing it again. Keyed by the word's characters folded to lower case
 * (’ read as '). The table is a cache (bounded; cleared when full), so it never changes a result.
 */
class WordTable {
  private keys: string[] = [];
  private words: string[] = [];
  private hashes = new Int32Array(0);
  private used = 0;
  private mask = 0;
  private static readonly MAX = 1 << 17;

  constructor() { this.reset(1 << 12); }

  private reset(size: number): void {
    this.keys = new Array<string>(size);
    this.words = new Array<string>(size);
    this.hashes = new Int32Array(size);
    this.used = 0;
    this.mask = size - 1;
  }

  /** The normalised word for text[start, end). */
  get(text: string, start: number, end: number): string {
    let h = 0x811c9dc5;
    for (let k = start; k < end; k++) h = Math.imul(h ^ fold(text.charCodeAt(k)), 16777619);
    h |= 1; // 0 marks an empty slot
    const len = end - start;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const sh = this.hashes[slot];
      if (sh === 0) break;
      if (sh !== h) continue;
      const key = this.keys[slot];
      if (key.length !== len) continue;
      let same = true;
      for (let k = 0; k < len && same; k++) same = key.charCodeAt(k) === fold(text.charCodeAt(start + k));
      if (same) return this.words[slot];
    }
    // A copy: a word already in lower case would otherwise be a slice that keeps the whole
    // document it was cut from alive as long as the table holds it (moved.ts).
    const key = detached(text.slice(start, end).toLowerCase().replace(APOS, "'"));
    let w = key;
    if (w.endsWith("'s")) w = w.slice(0, -2);
    else if (w.endsWith("'")) w = w.slice(0, -1);
    this.insert(h, key, w);
    return w;
  }

  private insert(h: number, key: string, w: string): void {
    if ((this.used + 1) * 2 > this.mask + 1) {
      const size = (this.mask + 1) * 2;
      if (size > WordTable.MAX) { this.reset(1 << 12); } else {
        const { keys, words, hashes } = this;
        this.reset(size);
        for (let s = 0; s < hashes.length; s++) if (hashes[s] !== 0) this.place(hashes[s], keys[s], words[s]);
      }
    }
    this.place(h, key, w);
  }

  private place(h: number, key: string, w: string): void {
    let slot = h & this.mask;
    while (this.hashes[slot] !== 0) slot = (slot + 1) & this.mask;
    this.hashes[slot] = h;
    this.keys[slot] = key;
    this.words[slot] = w;
    this.used++;
  }
}

const APOS = /\u2019/g;

/** Lower-case ASCII letters, ’ as ': the key of a word in the table. */
function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c === 0x2019 ? 39 : c;
}

const words = new WordTable();

/**
 * Tokenise text[start, end) (already masked: non-prose is spaces). `text` may be a stretch of
 * a longer document that starts at offset `base` of it: tokens then carry document offsets.
 */
export function tokenize(text: string, start: number, end: number, base = 0): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const prevIsWord = i > 0 && isWordChar(text.charCodeAt(i - 1));
    if (c === 36 || ((c === 85 || c === 117) && !prevIsWord)) { // '$', 'U' (US$, USD)
      const e = moneyPrefixAt(text, i);
      if (e >= 0 && e <= end) {
        const digits = text.slice(numStart, numEnd);
        const num = parseFloat(digits.includes(',') ? digits.replace(/,/g, '') : digits);
        const v = num * (scaleWord ? SCALE[scaleWord] : 1);
        out.push(token(canonicalUsd(v), 'usd', v, false, base + i, base + e));
        i = e;
        continue;
      }
    }
    if (c >= 48 && c <= 57 && !prevIsWord) {
      let e = percentAt(text, i);
      if (e >= 0 && e <= end) {
        const v = parseFloat(text.slice(i, numEnd));
        out.push(token(canonicalPercent(v), 'percent', v, false, base + i, base + e));
        i = e;
        continue;
      }
      e = moneySuffixAt(text, i);
      if (e >= 0 && e <= end) {
        const v = parseFloat(text.slice(i, numEnd)) * SCALE[scaleWord];
        out.push(token(canonicalUsd(v), 'usd', v, false, base + i, base + e));
        i = e;
        continue;
      }
    }
    if ((c === 111 || c === 97 || c === 79 || c === 65) && !prevIsWord) { // one-third, a third
      const e = thirdAt(text, i);
      if (e >= 0 && e <= end) {
        out.push(token('33.33%', 'percent', 100 / 3, true, base + i, base + e));
        i = e;
        continue;
      }
    }
    if (isWordChar(c)) {
      const e = Math.min(wordEnd(text, i), end);
      const w = words.get(text, i, e);
      const isYear = e - i === 4 && isYearWord(w);
      out.push(token(w, isYear ? 'year' : 'word', isYear ? +w : undefined, false, base + i, base + e));
      i = e;
      continue;
    }
    // Punctuation that bounds clauses or marks time/quotes; other characters are separators.
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2014 || c === 0x2013 || c === 126) {
      out.push(token(PUNCT[c] ?? '\u2014', 'punct', undefined, false, base + i, base + i + 1));
    } else if (c === 45 && text.charCodeAt(i + 1) === 45) {
      out.push(token('\u2014', 'punct', undefined, false, base + i, base + i + 2));
      i += 2;
      continue;
    } else if (c === 45 && i + 1 < end && text.charCodeAt(i + 1) === 32 && i > 0 && text.charCodeAt(i - 1) === 32) {
      out.push(token('\u2014', 'punct', undefined, false, base + i, base + i + 1)); // " - " used as a dash
    }
    i++;
  }
  markHedges(out, text, base);
  return out;
}

const PUNCT: Record<number, string> = { 44: ',', 59: ';', 58: ':', 40: '(', 41: ')', 0x2014: '\u2014', 126: '~' };

/** /^(19|20)\d\d$/ */
function isYearWord(w: string): boolean {
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  return ((a === 49 && b === 57) || (a === 50 && b === 48)) && isDigit(w.charCodeAt(2)) && isDigit(w.charCodeAt(3));
}

const HEDGES = new Set(['about', 'roughly', 'approximately', 'nearly', 'around', 'almost', 'some', 'approx', 'circa', 'estimated', 'close']);

function markHedges(tokens: Token[], text: string, base: number): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'percent' && t.kind !== 'usd') continue;
    const prev = tokens[k - 1];
    if ((prev && HEDGES.has(prev.w)) || (prev?.w === 'to' && tokens[k - 2]?.w === 'close')) t.approx = true;
    if (prev?.w === '~' || text.charCodeAt(t.start - base - 1) === 126) t.approx = true;
  }
}
