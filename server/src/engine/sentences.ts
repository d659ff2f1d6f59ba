// Sentence boundaries inside one prose block of the masked text.
// A period ends a sentence unless it closes a known abbreviation ("Oct.", "U.S.", "Inc.")
// or an initial, or sits inside a number ("32.5").
// Character-code tests rather than a regular expression per character: this runs over
// every character of every block.

import { NextIndex } from './next-index';
import { isSpace } from './tokens';

export interface Span { start: number; end: number; }

const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st',
  'vs', 'etc', 'no', 'approx', 'est', 'fig', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u',
]);
/** Abbreviations only before a number ("No. 5", "Fig. 2"); "No." before a word is the answer "No." */
const BEFORE_NUMBERS = new Set(['no', 'fig']);
/** No abbreviation is longer than this; a longer word before a period is not one. */
const LONGEST = 6;

function isLetterOrDot(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Quotes and brackets that close a sentence: ["'\u201d\u2019)\]]. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

/**
 * Does the period at `dot` close an abbreviation or an initial? The word before it is the
 * run of letters and dots back to `floor`, lower-cased: an abbreviation from the list, a
 * single letter ("J."), or letters joined by dots ("u.s", "e.g").
 */
function isAbbreviation(text: string, dot: number, floor: number): boolean {
  let s = dot;
  while (s > floor && isLetterOrDot(text.charCodeAt(s - 1))) s--;
  const n = dot - s;
  if (n === 1) return isLower(text.charCodeAt(s) | 32) && text.charCodeAt(s) !== 46;
  if (n === 0) return false;
  // /^([a-z]\.)+[a-z]$/: odd length, letters at even offsets, dots at odd ones.
  if (n % 2 === 1) {
    let initials = true;
    for (let k = 0; k < n && initials; k++) {
      const c = text.charCodeAt(s + k);
      initials = k % 2 === 0 ? c !== 46 : c === 46;
    }
    if (initials) return true;
  }
  if (n > LONGEST) return false;
  const word = text.slice(s, dot).toLowerCase();
  if (!ABBREVIATIONS.has(word)) return false;
  if (!BEFORE_NUMBERS.has(word)) return true;
  let k = dot + 1;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  return c >= 48 && c <= 57;
}

/**
 * Finds sentence-ending punctuation in one text. Share one across the blocks of a text: its
 * searches then read the text once in all (next-index.ts).
 */
export class Terminators {
  private readonly dot: NextIndex;
  private readonly bang: NextIndex;
  private readonly question: NextIndex;
  constructor(readonly text: string) {
    this.dot = new NextIndex(text, '.');
    this.bang = new NextIndex(text, '!');
    this.question = new NextIndex(text, '?');
  }
  /** The first . ! or ? at or after i, or -1. */
  next(i: number): number {
    let at = this.dot.get(i);
    const b = this.bang.get(i);
    if (b >= 0 && (at < 0 || b < at)) at = b;
    const q = this.question.get(i);
    if (q >= 0 && (at < 0 || q < at)) at = q;
    return at;
  }
}

/**
 * A "sentence" longer than this is cut at a space before the limit, and so on. Analysing a
 * sentence costs more than linear time in its length (every claim reads its whole sentence),
 * so a megabyte without a full stop would otherwise take minutes. No sentence of real prose
 * comes near it: the longest in the labelled corpus, the seed articles and the benchmark
 * documents has about 1,200 characters.
 */
export const MAX_SENTENCE = 4000;

/** The sentences of text[start, end); `terminators`, when given, must be built on `text`. */
export function splitSentences(text: string, start: number, end: number, terminators?: Terminators): Span[] {
  const find = terminators ?? new Terminators(text);
  const out: Span[] = [];
  let s = start;
  while (s < end && isSpace(text.charCodeAt(s))) s++;
  for (let i = find.next(s); i >= 0 && i < end; i = find.next(i + 1)) {
    const c = text.charCodeAt(i);
    // Closing quotes and brackets belong to the sentence they end.
    let j = i + 1;
    while (j < end && isCloser(text.charCodeAt(j))) j++;
    if (j < end && !isSpace(text.charCodeAt(j))) continue;
    // An abbreviation ends the sentence only when a capital follows a blank line…
    // which a block never contains; keep going.
    if (c === 46 && isAbbreviation(text, i, s)) continue;
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k < end && isLower(text.charCodeAt(k))) continue; // "e.g. the", lower case goes on
    pushSentence(out, text, s, j);
    s = k;
    i = k - 1; // the loop resumes at k
  }
  let e = end;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) pushSentence(out, text, s, e);
  return out;
}

/** Push text[s, e), cut into pieces of at most MAX_SENTENCE characters at spaces. */
function pushSentence(out: Span[], text: string, s: number, e: number): void {
  while (e - s > MAX_SENTENCE) {
    let cut = s + MAX_SENTENCE;
    while (cut > s && !isSpace(text.charCodeAt(cut))) cut--;
    if (cut === s) cut = s + MAX_SENTENCE; // no space at all: cut anyway
    let pieceEnd = cut;
    while (pieceEnd > s && isSpace(text.charCodeAt(pieceEnd - 1))) pieceEnd--;
    out.push({ start: s, end: pieceEnd });
    s = cut;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
  }
  if (e > s) out.push({ start: s, end: e });
}
