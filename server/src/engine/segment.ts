// Segment: find the prose. The result is a masked copy of the text of the same length in
// which everything that is not prose (code, front matter, comments, URLs, link targets,
// Markdown markers) is replaced by spaces, newlines kept. Every later stage works on the
// masked text, so every offset it reports is an exact UTF-16 offset into the original.
// One pass over lines; no Markdown parser dependency because we need exact offsets and
// linear time on pathological input (100,000 nested emphasis markers, say).
//
// Speed and linearity: lines are classified with character-code tests, and every search
// for a closing delimiter ("-->", "]", ")", ">") goes through a NextIndex cache, so a
// line full of unclosed "[" or "<" costs one scan, not one scan per opener.
//
// Incremental re-segmentation: the scanner's state between lines is small (inside a fence,
// inside an HTML comment, an open block, whether the last line was blank). Wherever that
// state is the initial one (after a blank line, typically) a line start is a *restart*
// point. After an edit, `resegment` scans from the last restart before the edit and stops
// at the first restart after it that was also a restart of the old text: from there on the
// old segmentation holds, shifted. An edit that opens a fence or a comment runs on until
// the state settles again (to the end of the document if it never does); an edit in the
// front matter segments the whole text again.

import { detached } from './moved';
import { NextIndex } from './next-index';
import { isSpace } from './tokens';

export interface Block { start: number; end: number; }
export interface Comment { start: number; end: number; body: string; }
export interface FrontMatter { asOf?: string; asOfStart?: number; asOfEnd?: number; }

export interface Segmented {
  masked: string;
  blocks: Block[];
  comments: Comment[];
  frontMatter?: FrontMatter;
}

/** A segmentation that can be updated after an edit (see `resegment`). */
export interface Segmentation extends Omit<Segmented, 'masked'> {
  /** The masked text, kept in pieces so that an edit does not copy the whole of it. */
  masked: MaskedText;
  markdown: boolean;
  /** Line starts where the scanner is in its initial state, ascending. */
  restarts: number[];
  /** An edit that starts before this offset can change the front matter: segment everything again. */
  headEnd: number;
}

export function segment(text: string, languageId = 'markdown'): Segmented {
  const { masked, blocks, comments, frontMatter } = segmentFull(text, languageId);
  return { masked: masked.toString(), blocks, comments, frontMatter };
}

/**
 * Masked text as a few pieces. After an edit the new masked text is the old one with the
 * rescanned window put in: building it as one string would copy megabytes per keystroke (V8
 * flattens a concatenation on first read), so the pieces are kept instead, slices of the last
 * flat copy, and joined again only once there are many of them.
 */
export class MaskedText {
  private flat?: string;
  private constructor(private readonly parts: string[], private readonly starts: number[], readonly length: number) {
    if (parts.length === 1) this.flat = parts[0];
  }

  static of(text: string): MaskedText {
    return new MaskedText([text], [0], text.length);
  }

  /** The whole text as one string (joined once, then kept). */
  toString(): string {
    return (this.flat ??= this.parts.join(''));
  }

  /** text.slice(a, b), from the pieces it spans. */
  slice(a: number, b: number = this.length): string {
    a = Math.max(0, Math.min(a, this.length));
    b = Math.max(a, Math.min(b, this.length));
    if (this.flat !== undefined) return this.flat.slice(a, b);
    let k = this.partAt(a);
    let out = '';
    for (let at = a; at < b; k++) {
      const s = this.starts[k];
      const piece = this.parts[k].slice(at - s, Math.min(b - s, this.parts[k].length));
      out = out ? out + piece : piece;
      at = s + this.parts[k].length;
    }
    return out;
  }

  /** This text with [from, oldTo) replaced by `window`. */
  replace(from: number, oldTo: number, window: string): MaskedText {
    const parts: string[] = [];
    const starts: number[] = [];
    const push = (s: string, at: number) => { if (s.length) { parts.push(s); starts.push(at); } };
    const k0 = this.parts.length === 1 ? 0 : this.partAt(from);
    for (let k = 0; k < k0; k++) push(this.parts[k], this.starts[k]);
    if (from < this.length) push(this.parts[k0].slice(0, from - this.starts[k0]), this.starts[k0]);
    else if (k0 < this.parts.length) push(this.parts[k0], this.starts[k0]);
    push(window, from);
    const delta = from + window.length - oldTo;
    if (oldTo < this.length) {
      const k1 = this.partAt(oldTo);
      push(this.parts[k1].slice(oldTo - this.starts[k1]), oldTo + delta);
      for (let k = k1 + 1; k < this.parts.length; k++) push(this.parts[k], this.starts[k] + delta);
    }
    const length = this.length + delta;
    // Joined again once there are many pieces: the copy is then paid once per many edits.
    if (parts.length > MAX_PIECES) return MaskedText.of(parts.join(''));
    return parts.length ? new MaskedText(parts, starts, length) : MaskedText.of('');
  }

  /** Index of the piece holding offset a (a < length). */
  private partAt(a: number): number {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= a) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
}

const MAX_PIECES = 48;

export function isMarkdown(languageId: string): boolean {
  return languageId === 'markdown' || languageId === 'mdx';
}

export function segmentFull(text: string, languageId = 'markdown'): Segmentation {
  const markdown = isMarkdown(languageId);
  const sc = new Scanner(text, markdown);
  if (text.charCodeAt(0) === 0xfeff) sc.blank(0, 1);
  let from = 0;
  let headEnd = 1; // plain text: only the BOM is special
  let frontMatter: FrontMatter | undefined;
  if (markdown) {
    const head = frontMatterOf(text);
    frontMatter = head.frontMatter;
    headEnd = head.headEnd;
    from = head.bodyStart;
    if (frontMatter) sc.blank(0, head.closeEnd);
  }
  if (from <= text.length) sc.run(from);
  else sc.finish();
  return { masked: MaskedText.of(sc.masked(text.length)), blocks: sc.blocks, comments: sc.comments, frontMatter, markdown, restarts: sc.restarts, headEnd };
}

/** The result of re-segmenting after an edit, with where the new scan ran. */
export interface Resegmented {
  seg: Segmentation;
  /** The rescanned range: [from, to) of the new text, [from, oldTo) of the old one. */
  from: number;
  to: number;
  oldTo: number;
  /** The masked text of [from, to). */
  window: string;
  /** Blocks before the window (the same in both), and the old blocks the window replaced. */
  blocksBefore: number;
  oldWindowBlocks: number;
  windowBlocks: number;
}

/**
 * Segment `text`, the old text with [p, oldText.length - suffix) replaced by
 * [p, text.length - suffix), reusing `old` (the segmentation of oldText) outside the edit.
 * Undefined when the edit touches the front matter: segment the whole text then.
 */
export function resegment(old: Segmentation, oldText: string, text: string, p: number, suffix: number): Resegmented | undefined {
  if (p < old.headEnd) return undefined;
  const restarts = old.restarts;
  const ri = lastAtOrBefore(restarts, p);
  if (ri < 0) return undefined;
  const from = restarts[ri];
  const delta = text.length - oldText.length;
  const changedEnd = text.length - suffix;
  const sc = new Scanner(text, old.markdown);
  sc.pos = from;
  if (from === 0 && text.charCodeAt(0) === 0xfeff) sc.blank(0, 1);
  // Stop at a restart point past the edit that was a restart point of the old text too.
  const stop = sc.run(from, (at) => {
    if (at < changedEnd) return false;
    const k = lastAtOrBefore(restarts, at - delta, ri);
    return k >= 0 && restarts[k] === at - delta;
  });
  const to = stop < 0 ? text.length : stop;
  const oldTo = stop < 0 ? oldText.length : stop - delta;
  // A copy: where nothing was masked the window is a slice of the new text, and the masked
  // text keeps its pieces across many edits (each would keep its version of the text alive).
  const window = detached(sc.masked(to));

  const blocksBefore = firstAtOrAfter(old.blocks, from);
  const blocksAfter = firstAtOrAfter(old.blocks, oldTo);
  const commentsBefore = firstAtOrAfter(old.comments, from);
  const commentsAfter = firstAtOrAfter(old.comments, oldTo);
  const blocks = old.blocks.slice(0, blocksBefore).concat(sc.blocks);
  for (let k = blocksAfter; k < old.blocks.length; k++) blocks.push(delta ? { start: old.blocks[k].start + delta, end: old.blocks[k].end + delta } : old.blocks[k]);
  const comments = old.comments.slice(0, commentsBefore).concat(sc.comments);
  for (let k = commentsAfter; k < old.comments.length; k++) {
    const c = old.comments[k];
    comments.push(delta ? { start: c.start + delta, end: c.end + delta, body: c.body } : c);
  }
  const newRestarts = restarts.slice(0, ri).concat(sc.restarts);
  if (stop >= 0) for (let k = lastAtOrBefore(restarts, oldTo); k < restarts.length; k++) newRestarts.push(restarts[k] + delta);
  const masked = old.masked.replace(from, stop >= 0 ? oldTo : old.masked.length, window);
  return {
    seg: { masked, blocks, comments, frontMatter: old.frontMatter, markdown: old.markdown, restarts: newRestarts, headEnd: old.headEnd },
    from, to, oldTo, window, blocksBefore, oldWindowBlocks: blocksAfter - blocksBefore, windowBlocks: sc.blocks.length,
  };
}

/** Index of the last element ≤ x in an ascending array (searching from `lo`), or -1. */
function lastAtOrBefore(a: number[], x: number, lo = 0): number {
  let hi = a.length - 1;
  if (lo > hi || a[lo] > x) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a[mid] <= x) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** Index of the first range starting at or after x (ranges ascending by start). */
function firstAtOrAfter(a: { start: number }[], x: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid].start < x) lo = mid + 1; else hi = mid;
  }
  return lo;
}

// ---------------------------------------------------------------------------- front matter

interface Head { frontMatter?: FrontMatter; bodyStart: number; closeEnd: number; headEnd: number; }

/**
 * Front matter: a first line `---` (after a BOM) and a closing `---` or `...` line. Only
 * its `as-of:` key is read. `headEnd` is where an edit stops being able to change this.
 */
function frontMatterOf(text: string): Head {
  const firstEnd = lineEnd(text, 0);
  const first = text.slice(text.charCodeAt(0) === 0xfeff ? 1 : 0, firstEnd);
  const second = nextLine(text, 0);
  if (first !== '---') return { bodyStart: 0, closeEnd: 0, headEnd: second };
  let frontMatter: FrontMatter | undefined;
  for (let s = second; s <= text.length; s = nextLine(text, s)) {
    const e = lineEnd(text, s);
    const line = text.slice(s, e);
    if (/^(---|\.\.\.)\s*$/.test(line)) {
      frontMatter = {};
      for (let k = second; k < s; k = nextLine(text, k)) {
        const t = text.slice(k, lineEnd(text, k));
        const value = asOfValue(t);
        if (value !== undefined) {
          const at = k + t.indexOf(value, 6);
          frontMatter = { asOf: detached(value), asOfStart: at, asOfEnd: at + value.length };
        }
      }
      const body = nextLine(text, s);
      return { frontMatter, bodyStart: body, closeEnd: e, headEnd: body };
    }
  }
  // An opening line with no closing one: a closing line added anywhere would make one.
  return { bodyStart: 0, closeEnd: 0, headEnd: Infinity };
}

/** End of the line starting at s (before "\r\n" or "\n"). */
function lineEnd(text: string, s: number): number {
  let nl = text.indexOf('\n', s);
  if (nl < 0) nl = text.length;
  return nl > s && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
}

/** Start of the line after the one starting at s; text.length + 1 when there is none. */
function nextLine(text: string, s: number): number {
  const nl = text.indexOf('\n', s);
  return nl < 0 ? text.length + 1 : nl + 1;
}

function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/**
 * The value of a front matter line `as-of: …`, exactly as
 * /^as-of:[ \t]*(["']?)(.*?)\1[ \t]*(?:#.*)?$/ captures it, in linear time (the regular
 * expression is quadratic on a long run of spaces).
 */
export function asOfValue(line: string): string | undefined {
  if (!line.startsWith('as-of:')) return undefined;
  const n = line.length;
  let i = 6;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  // '.' does not match a line terminator: neither the value nor a comment may hold one.
  let lastTerminator = -1;
  for (let k = i; k < n; k++) if (isLineTerminator(line.charCodeAt(k))) lastTerminator = k;
  // tail[j]: line[j..] is [ \t]*(?:#.*)?$
  const tail = new Uint8Array(n + 2);
  tail[n] = 1;
  for (let j = n - 1; j >= i; j--) {
    const c = line.charCodeAt(j);
    tail[j] = c === 32 || c === 9 ? tail[j + 1] : c === 35 && j > lastTerminator ? 1 : 0;
  }
  const q = line.charCodeAt(i);
  if (q === 34 || q === 39) {
    for (let j = i + 1; j < n && !isLineTerminator(line.charCodeAt(j)); j++) {
      if (line.charCodeAt(j) === q && tail[j + 1]) return line.slice(i + 1, j);
    }
  }
  for (let j = i; j <= n; j++) {
    if (tail[j]) return line.slice(i, j);
    if (j < n && isLineTerminator(line.charCodeAt(j))) return undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------- lines

/** Is text[s, e) all whitespace (String.prototype.trim would empty it)? */
function isBlank(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}

/** Up to three leading spaces: / {0,3}/. */
function indent3(text: string, s: number, e: number): number {
  let k = s;
  while (k < e && k - s < 3 && text.charCodeAt(k) === 32) k++;
  return k;
}

let fenceRun = 0;
let fenceChar = 0;

/** /^ {0,3}(`{3,}|~{3,})/: the end of the match (fenceRun, fenceChar set), or -1. */
function fenceAt(text: string, s: number, e: number): number {
  const k = indent3(text, s, e);
  const c = text.charCodeAt(k);
  if (k >= e || (c !== 96 && c !== 126)) return -1;
  let r = k;
  while (r < e && text.charCodeAt(r) === c) r++;
  if (r - k < 3) return -1;
  fenceRun = r - k;
  fenceChar = c;
  return r;
}

/** /^ {0,3}#{1,6}(?=\s|$)/: the length of the match, or -1. */
function headingLength(text: string, s: number, e: number): number {
  const k = indent3(text, s, e);
  let r = k;
  while (r < e && text.charCodeAt(r) === 35) r++;
  if (r === k || r - k > 6) return -1;
  return r === e || isSpace(text.charCodeAt(r)) ? r - s : -1;
}

/** /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?=\s)/: the length of the match, or -1. */
function listItemLength(text: string, s: number, e: number): number {
  const k = indent3(text, s, e);
  const c = text.charCodeAt(k);
  let r: number;
  if (c === 45 || c === 42 || c === 43) r = k + 1;
  else {
    r = k;
    while (r < e && r - k <= 9 && isDigit(text.charCodeAt(r))) r++;
    const d = text.charCodeAt(r);
    if (r === k || r - k > 9 || (d !== 46 && d !== 41)) return -1;
    r++;
  }
  return r < e && isSpace(text.charCodeAt(r)) ? r - s : -1;
}

/** /^ {0,3}\[[^\]]+\]:\s*\S/ */
function isReferenceDefinition(text: string, s: number, e: number): boolean {
  const k = indent3(text, s, e);
  if (k >= e || text.charCodeAt(k) !== 91) return false;
  let r = k + 1;
  while (r < e && text.charCodeAt(r) !== 93) r++;
  if (r >= e || r === k + 1 || text.charCodeAt(r + 1) !== 58 || r + 1 >= e) return false;
  return !isBlank(text, r + 2, e);
}

/** /^ {0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/ */
function isThematicBreak(text: string, s: number, e: number): boolean {
  const k = indent3(text, s, e);
  const c = text.charCodeAt(k);
  if (k >= e || (c !== 42 && c !== 45 && c !== 95)) return false;
  let n = 0;
  for (let r = k; r < e; r++) {
    const d = text.charCodeAt(r);
    if (d === c) n++;
    else if (!isSpace(d)) return false;
  }
  return n >= 3;
}

/**
 * /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/ (a table's delimiter row). Spaces,
 * pipes, colons and dashes are disjoint, so one left-to-right pass decides it; the regular
 * expression itself is quadratic on a long run of spaces.
 */
function isTableDelimiter(text: string, s: number, e: number): boolean {
  let k = skipSpaces(text, s, e);
  if (k < e && text.charCodeAt(k) === 124) k = skipSpaces(text, k + 1, e);
  k = cellAt(text, k, e);
  if (k < 0) return false;
  for (;;) {
    k = skipSpaces(text, k, e);
    if (k >= e) return true;
    if (text.charCodeAt(k) !== 124) return false;
    k = skipSpaces(text, k + 1, e);
    if (k >= e) return true;
    k = cellAt(text, k, e);
    if (k < 0) return false;
  }
}

function skipSpaces(text: string, k: number, e: number): number {
  while (k < e && isSpace(text.charCodeAt(k))) k++;
  return k;
}

/** /:?-{2,}:?/ at k: its end, or -1. */
function cellAt(text: string, k: number, e: number): number {
  if (k < e && text.charCodeAt(k) === 58) k++;
  const d = k;
  while (k < e && text.charCodeAt(k) === 45) k++;
  if (k - d < 2) return -1;
  if (k < e && text.charCodeAt(k) === 58) k++;
  return k;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `\w` of a regular expression: [A-Za-z0-9_]. */
function isReWord(c: number): boolean {
  return isAlnum(c) || c === 95;
}

const SPACES = ' '.repeat(256);

/**
 * The next character maskInline acts on (< ! [ ] * | \\ ~ _), remembered like NextIndex: a
 * regular expression of one character class finds it in native code, several times faster than
 * a loop over every character of the prose, and a search that ran past a line serves the next.
 */
class NextSyntax {
  private readonly re = /[<!\[\]*|\\~_]/g;
  private from = Infinity;
  private at = -1;
  constructor(private readonly text: string) {}
  /** The first such character at or after k, before end; else end. */
  get(k: number, end: number): number {
    if (k < this.from || (this.at >= 0 && k > this.at)) {
      this.from = k;
      this.re.lastIndex = k;
      this.at = this.re.test(this.text) ? this.re.lastIndex - 1 : -1;
    }
    return this.at >= 0 && this.at < end ? this.at : end;
  }
}

// ---------------------------------------------------------------------------- the scanner

class Scanner {
  readonly blocks: Block[] = [];
  readonly comments: Comment[] = [];
  readonly restarts: number[] = [];
  /** Masked text is emitted as pieces up to `pos`. */
  pos = 0;
  private readonly pieces: string[] = [];
  /** Ranges to blank on the current line: pairs, emitted in order at the end of the line. */
  private ranges: number[] = [];

  // Markdown state between lines.
  private fenceChar = 0;
  private fenceLen = 0;
  private inComment = false;
  private commentStart = 0;
  private prevBlank = true;
  private blockStart = -1;
  private blockEnd = -1;

  private readonly nextCommentClose: NextIndex;
  private readonly nextGt: NextIndex;
  private readonly nextLt: NextIndex;
  private readonly nextBracket: NextIndex;
  private readonly nextParen: NextIndex;
  private readonly nextTick: NextIndex;
  private readonly nextScheme: NextIndex;
  private readonly nextWww: NextIndex;
  private readonly nextDirective: NextIndex;
  private readonly nextSyntax: NextSyntax;

  constructor(private readonly text: string, private readonly markdown: boolean) {
    this.nextCommentClose = new NextIndex(text, '-->');
    this.nextGt = new NextIndex(text, '>');
    this.nextLt = new NextIndex(text, '<');
    this.nextBracket = new NextIndex(text, ']');
    this.nextParen = new NextIndex(text, ')');
    this.nextTick = new NextIndex(text, '`');
    this.nextScheme = new NextIndex(text, '://');
    this.nextWww = new NextIndex(text, 'www.');
    this.nextDirective = new NextIndex(text, 'agreement-lens-');
    this.nextSyntax = new NextSyntax(text);
  }

  blank(start: number, end: number): void {
    if (end > start) this.ranges.push(start, end);
  }

  private isInitialState(): boolean {
    return this.markdown
      ? this.fenceLen === 0 && !this.inComment && this.blockStart < 0 && this.prevBlank
      : this.blockStart < 0;
  }

  /**
   * Scan the lines from `from` (a line start in the initial state) to the end, or until
   * `stop` accepts a later restart point; returns that point, or -1 at the end of the text.
   */
  run(from: number, stop?: (at: number) => boolean): number {
    const text = this.text;
    let s = from;
    for (;;) {
      let nl = text.indexOf('\n', s);
      const last = nl < 0;
      if (last) nl = text.length;
      const e = nl > s && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (this.isInitialState()) {
        if (stop && s > from && stop(s)) return s;
        this.restarts.push(s);
      }
      if (this.markdown) this.markdownLine(s, e); else this.plainLine(s, e);
      this.flush();
      if (last) break;
      s = nl + 1;
    }
    this.finish();
    return -1;
  }

  finish(): void {
    this.flush();
    this.endBlock();
  }

  /** The masked text from where this scanner started to `to`. */
  masked(to: number): string {
    this.flush();
    if (to > this.pos) this.pieces.push(this.text.slice(this.pos, to));
    this.pos = to;
    return this.pieces.join('');
  }

  /** Emit the current line's ranges, in order, merged. */
  private flush(): void {
    const r = this.ranges;
    if (!r.length) return;
    let sorted = true;
    for (let k = 2; k < r.length && sorted; k += 2) sorted = r[k - 2] <= r[k];
    if (!sorted) {
      const pairs: [number, number][] = [];
      for (let k = 0; k < r.length; k += 2) pairs.push([r[k], r[k + 1]]);
      pairs.sort((a, b) => a[0] - b[0]);
      for (let k = 0; k < pairs.length; k++) { r[2 * k] = pairs[k][0]; r[2 * k + 1] = pairs[k][1]; }
    }
    const text = this.text;
    for (let k = 0; k < r.length; k += 2) {
      const s = Math.max(r[k], this.pos);
      const e = r[k + 1];
      if (e <= s) continue;
      if (s > this.pos) this.pieces.push(text.slice(this.pos, s));
      this.pieces.push(spaces(text, s, e));
      this.pos = e;
    }
    this.ranges = [];
  }

  private endBlock(): void {
    if (this.blockStart >= 0) this.blocks.push({ start: this.blockStart, end: this.blockEnd });
    this.blockStart = -1;
  }

  private plainLine(s: number, e: number): void {
    const text = this.text;
    const d = this.nextDirective.get(s);
    if (d >= 0 && d + 15 <= e) {
      this.comments.push({ start: s, end: e, body: detached(text.slice(s, e).trim()) });
      this.blank(s, e);
      return;
    }
    if (isBlank(text, s, e)) {
      this.endBlock();
      return;
    }
    if (this.blockStart < 0) this.blockStart = s;
    this.blockEnd = e;
    this.blankUrls(s, e);
  }

  private markdownLine(s: number, e: number): void {
    const text = this.text;
    if (this.inComment) {
      const close = this.nextCommentClose.get(s);
      if (close < 0 || close >= e) { this.blank(s, e); return; }
      this.blank(s, close + 3);
      this.comments.push({ start: this.commentStart, end: close + 3, body: detached(text.slice(this.commentStart + 4, close)) });
      this.inComment = false;
      if (isBlank(text, close + 3, e)) { this.prevBlank = false; return; }
    }
    if (this.fenceLen) {
      this.blank(s, e);
      const f = fenceAt(text, s, e);
      if (f >= 0 && fenceChar === this.fenceChar && fenceRun >= this.fenceLen && isBlank(text, f, e)) this.fenceLen = 0;
      return;
    }
    if (fenceAt(text, s, e) >= 0) {
      this.endBlock();
      this.fenceChar = fenceChar;
      this.fenceLen = fenceRun;
      this.blank(s, e);
      return;
    }
    if (isBlank(text, s, e)) { this.endBlock(); this.prevBlank = true; return; }
    const c0 = text.charCodeAt(s);
    if (this.prevBlank && this.blockStart < 0 && (c0 === 9 || (c0 === 32 && text.startsWith('   ', s + 1) && s + 4 <= e))) { // indented code
      this.blank(s, e);
      return;
    }
    if (isReferenceDefinition(text, s, e) || isThematicBreak(text, s, e) || isTableDelimiter(text, s, e)) {
      this.endBlock();
      this.blank(s, e);
      this.prevBlank = false;
      return;
    }
    // A heading, a list item and a table row each stand alone as a block.
    const heading = headingLength(text, s, e);
    const item = listItemLength(text, s, e);
    const first = skipSpaces(text, s, e);
    const isRow = first < e && text.charCodeAt(first) === 124;
    if (heading >= 0 || item >= 0 || isRow) this.endBlock();
    if (this.blockStart < 0) this.blockStart = s;
    this.blockEnd = e;
    if (heading >= 0) this.blank(s, s + heading);
    if (item >= 0) this.blank(s, s + item);
    const openComment = this.maskInline(s, e);
    if (openComment >= 0) { this.inComment = true; this.commentStart = openComment; }
    if (heading >= 0 || isRow) this.endBlock();
    this.prevBlank = false;
  }

  /**
   * Blank the inline syntax of one line: code spans, HTML comments and tags, link targets,
   * images, footnote references, emphasis markers, escapes, blockquote markers and table
   * pipes. Returns the offset of an HTML comment left open at the end of the line, or -1.
   */
  private maskInline(start: number, end: number): number {
    const text = this.text;
    let i = start;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 62) this.blank(i, i + 1);
      else if (c !== 32) break;
    }
    // Code spans: a run of n backticks closes at the next run of exactly n on the line.
    const tick = this.nextTick.get(i);
    if (tick >= 0 && tick < end) {
      const open = new Map<number, number>();
      for (let k = tick; k < end; k++) {
        if (text.charCodeAt(k) !== 96) continue;
        let n = 1;
        while (k + n < end && text.charCodeAt(k + n) === 96) n++;
        const at = open.get(n);
        if (at === undefined) open.set(n, k);
        else { this.blank(at, k + n); open.delete(n); }
        k += n - 1;
      }
    }
    for (let k = this.nextSyntax.get(i, end); k < end; k = this.nextSyntax.get(k + 1, end)) {
      const ch = text.charCodeAt(k);
      if (ch === 60) { // <
        if (text.startsWith('<!--', k)) {
          const close = this.nextCommentClose.get(k + 4);
          if (close < 0 || close >= end) { this.blank(k, end); return k; }
          this.comments.push({ start: k, end: close + 3, body: detached(text.slice(k + 4, close)) });
          this.blank(k, close + 3);
          k = close + 2;
          continue;
        }
        // A tag: /^<\/?[A-Za-z][^<>]*$/ up to the next '>' on the line.
        const name = text.charCodeAt(k + 1) === 47 ? k + 2 : k + 1;
        if (!isLetter(text.charCodeAt(name))) continue;
        const gt = this.nextGt.get(k + 1);
        if (gt < 0 || gt >= end) continue;
        const lt = this.nextLt.get(k + 1);
        if (lt >= 0 && lt < gt) continue;
        this.blank(k, gt + 1);
        k = gt;
        continue;
      }
      const next = text.charCodeAt(k + 1);
      if (ch === 33 && next === 91) { // image: alt text and source are not prose
        const close = this.nextBracket.get(k + 2);
        if (close > 0 && close < end && text.charCodeAt(close + 1) === 40) {
          const paren = this.nextParen.get(close + 2);
          if (paren > 0 && paren < end) { this.blank(k, paren + 1); k = paren; continue; }
        }
      }
      if (ch === 91 && next === 94) { // footnote reference: a citation, not prose
        const close = this.nextBracket.get(k + 2);
        if (close > 0 && close < end) { this.blank(k, close + 1); k = close; continue; }
      }
      if (ch === 93 && (next === 40 || next === 91)) { // link target / reference
        const close = (next === 40 ? this.nextParen : this.nextBracket).get(k + 2);
        if (close > 0 && close < end) { this.blank(k, close + 1); k = close; continue; }
      }
      if (ch === 91 || ch === 93 || ch === 42 || ch === 124 || ch === 92) { this.blank(k, k + 1); continue; } // [ ] * | \
      if (ch === 126 && next === 126) { this.blank(k, k + 2); k++; continue; } // ~~
      if (ch === 95 && !(isAlnum(text.charCodeAt(k - 1)) && isAlnum(next))) { this.blank(k, k + 1); continue; } // _
    }
    this.blankUrls(start, end);
    return -1;
  }

  /** /\b(?:https?:\/\/|www\.)[^\s<>()\]]+/g over the line text[start, end). */
  private blankUrls(start: number, end: number): void {
    // Every match holds "://" or "www." on the line: most lines have neither. A match starts at
    // "http" or "https" right before a "://", or at a "www.": the line is searched for those
    // (indexOf), not read character by character, and the earliest start wins, as in a scan.
    // The first valid start of each kind is kept until the scan passes it, so every occurrence
    // is looked at once and a line full of false starts stays linear.
    const text = this.text;
    let www = -2; // the first "www." at or after `from` that starts a word; -1: none; -2: not looked for
    let scheme = -2; // likewise, the start of the first "http://" or "https://"
    let schemeEnd = 0;
    let from = start;
    for (;;) {
      if (www !== -1 && www < from) {
        www = -1;
        for (let w = this.nextWww.get(from); w >= 0 && w < end; w = this.nextWww.get(w + 1)) {
          if (!(w > start && isReWord(text.charCodeAt(w - 1)))) { www = w; break; }
        }
      }
      if (scheme !== -1 && scheme < from) {
        scheme = -1;
        for (let sc = this.nextScheme.get(from); sc >= 0 && sc < end; sc = this.nextScheme.get(sc + 1)) {
          const https = sc - 5;
          const http = sc - 4;
          if (https >= from && text.startsWith('https', https) && !(https > start && isReWord(text.charCodeAt(https - 1))) && !isUrlStop(text.charCodeAt(sc + 3), sc + 3, end)) {
            scheme = https; schemeEnd = sc + 3; break;
          }
          if (http >= from && text.startsWith('http', http) && !(http > start && isReWord(text.charCodeAt(http - 1)))) {
            scheme = http; schemeEnd = sc + 3; break;
          }
        }
      }
      if (www < 0 && scheme < 0) return;
      const k = scheme >= 0 && (www < 0 || scheme < www) ? scheme : www;
      const p = k === scheme ? schemeEnd : www + 4;
      let q = p;
      while (q < end && !isUrlStop(text.charCodeAt(q), q, end)) q++;
      if (q === p) { from = k + 1; continue; }
      this.blank(k, q);
      from = q;
    }
  }
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Not in [^\s<>()\]] (or past the line). */
function isUrlStop(c: number, at: number, end: number): boolean {
  return at >= end || isSpace(c) || c === 60 || c === 62 || c === 40 || c === 41 || c === 93;
}

/** Spaces for text[s, e), line breaks kept. */
function spaces(text: string, s: number, e: number): string {
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return text.slice(s, e).replace(/[^\r\n]/g, ' ');
  }
  const n = e - s;
  return n <= SPACES.length ? SPACES.slice(0, n) : ' '.repeat(n);
}
