// Segment: find the prose. The result is a masked copy of the text of the same length in
// which everything that is not prose (code, front matter, comments, URLs, link targets,
// Markdown markers) is replaced by spaces, newlines kept. Every later stage works on the
// masked text, so every offset it reports is an exact UTF-16 offset into the original.
// One pass over lines; no Markdown parser dependency because we need exact offsets and
// linear time on pathological input (100,000 nested emphasis markers, say).

export interface Block { start: number; end: number; }
export interface Comment { start: number; end: number; body: string; }
export interface FrontMatter { asOf?: string; asOfStart?: number; asOfEnd?: number; }

export interface Segmented {
  masked: string;
  blocks: Block[];
  comments: Comment[];
  frontMatter?: FrontMatter;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?=\s)/;
const HEADING = /^ {0,3}#{1,6}(?=\s|$)/;
const TABLE_SEP = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const REF_DEF = /^ {0,3}\[[^\]]+\]:\s*\S/;
const THEMATIC = /^ {0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()\]]+/g;

interface Line { start: number; end: number; text: string; }

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      const e = i > s && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
      lines.push({ start: s, end: e, text: text.slice(s, e) });
      s = i + 1;
    }
  }
  return lines;
}

/**
 * The ranges to blank, applied once at the end: building the masked string from slices
 * is far cheaper than editing a million-element character array.
 */
class Mask {
  private readonly ranges: number[] = [];
  constructor(private readonly text: string) {}
  blank(start: number, end: number): void {
    if (end > start) this.ranges.push(start, end);
  }
  toString(): string {
    const pairs: [number, number][] = [];
    for (let i = 0; i < this.ranges.length; i += 2) pairs.push([this.ranges[i], this.ranges[i + 1]]);
    pairs.sort((a, b) => a[0] - b[0]);
    const out: string[] = [];
    let pos = 0;
    for (const [s0, e] of pairs) {
      const s = Math.max(s0, pos);
      if (e <= s) continue;
      out.push(this.text.slice(pos, s), this.text.slice(s, e).replace(/[^\r\n]/g, ' '));
      pos = e;
    }
    out.push(this.text.slice(pos));
    return out.join('');
  }
}

export function segment(text: string, languageId = 'markdown'): Segmented {
  return languageId === 'markdown' || languageId === 'mdx' ? segmentMarkdown(text) : segmentPlain(text);
}

function segmentPlain(text: string): Segmented {
  const mask = new Mask(text);
  if (text.charCodeAt(0) === 0xfeff) mask.blank(0, 1);
  const comments: Comment[] = [];
  const blocks: Block[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  for (const line of splitLines(text)) {
    if (line.text.includes('agreement-lens-')) {
      comments.push({ start: line.start, end: line.end, body: line.text.trim() });
      mask.blank(line.start, line.end);
      continue;
    }
    if (!line.text.trim()) {
      if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd });
      blockStart = -1;
      continue;
    }
    if (blockStart < 0) blockStart = line.start;
    blockEnd = line.end;
  }
  if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd });
  blankUrls(text, mask, 0, text.length);
  return { masked: mask.toString(), blocks, comments };
}

function segmentMarkdown(text: string): Segmented {
  const mask = new Mask(text);
  const lines = splitLines(text);
  const comments: Comment[] = [];
  const blocks: Block[] = [];
  let frontMatter: FrontMatter | undefined;
  let li = 0;
  if (text.charCodeAt(0) === 0xfeff) mask.blank(0, 1);
  const first = lines[0]?.text.replace(/^\uFEFF/, '');
  if (first === '---') {
    let close = -1;
    for (let k = 1; k < lines.length; k++) if (/^(---|\.\.\.)\s*$/.test(lines[k].text)) { close = k; break; }
    if (close > 0) {
      frontMatter = {};
      for (let k = 1; k < close; k++) {
        const m = /^as-of:[ \t]*(["']?)(.*?)\1[ \t]*(?:#.*)?$/.exec(lines[k].text);
        if (m) {
          const at = lines[k].start + lines[k].text.indexOf(m[2], 6);
          frontMatter = { asOf: m[2], asOfStart: at, asOfEnd: at + m[2].length };
        }
      }
      mask.blank(lines[0].start, lines[close].end);
      li = close + 1;
    }
  }

  let blockStart = -1;
  let blockEnd = -1;
  const endBlock = () => {
    if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd });
    blockStart = -1;
  };
  let fence: string | null = null;
  let inComment = false;
  let commentStart = 0;
  let prevBlank = true;

  for (; li < lines.length; li++) {
    const line = lines[li];
    const t = line.text;
    if (inComment) {
      const close = t.indexOf('-->');
      if (close < 0) { mask.blank(line.start, line.end); continue; }
      mask.blank(line.start, line.start + close + 3);
      comments.push({ start: commentStart, end: line.start + close + 3, body: text.slice(commentStart + 4, line.start + close) });
      inComment = false;
      if (!t.slice(close + 3).trim()) { prevBlank = false; continue; }
    }
    if (fence) {
      mask.blank(line.start, line.end);
      const m = FENCE.exec(t);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && !t.slice(m[0].length).trim()) fence = null;
      continue;
    }
    const fm = FENCE.exec(t);
    if (fm) {
      endBlock();
      fence = fm[1];
      mask.blank(line.start, line.end);
      continue;
    }
    if (!t.trim()) { endBlock(); prevBlank = true; continue; }
    if (prevBlank && blockStart < 0 && /^(?: {4}|\t)/.test(t)) { // indented code
      mask.blank(line.start, line.end);
      continue;
    }
    if (REF_DEF.test(t) || THEMATIC.test(t) || TABLE_SEP.test(t)) {
      endBlock();
      mask.blank(line.start, line.end);
      prevBlank = false;
      continue;
    }
    // A heading, a list item and a table row each stand alone as a block.
    const heading = HEADING.exec(t);
    const item = LIST_ITEM.exec(t);
    const isRow = t.trimStart().startsWith('|');
    if (heading || item || isRow) endBlock();
    if (blockStart < 0) blockStart = line.start;
    blockEnd = line.end;
    if (heading) mask.blank(line.start, line.start + heading[0].length);
    if (item) mask.blank(line.start, line.start + item[0].length);
    const openComment = maskInline(text, line.start, line.end, mask, comments);
    if (openComment >= 0) { inComment = true; commentStart = openComment; }
    if (heading || isRow) endBlock();
    prevBlank = false;
  }
  endBlock();
  return { masked: mask.toString(), blocks, comments, frontMatter };
}

function blankUrls(text: string, mask: Mask, start: number, end: number): void {
  URL.lastIndex = 0;
  const slice = text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = URL.exec(slice))) mask.blank(start + m.index, start + m.index + m[0].length);
}

/**
 * Blank the inline syntax of one line: code spans, HTML comments and tags, link targets,
 * images, emphasis markers, escapes, blockquote markers and table pipes.
 * Returns the offset of an HTML comment left open at the end of the line, or -1.
 */
function maskInline(text: string, start: number, end: number, mask: Mask, comments: Comment[]): number {
  let i = start;
  while (i < end && (text[i] === ' ' || text[i] === '>')) { if (text[i] === '>') mask.blank(i, i + 1); i++; }
  // Code spans: a run of n backticks closes at the next run of exactly n on the line.
  const runs: { at: number; n: number }[] = [];
  for (let k = i; k < end; k++) {
    if (text[k] === '`') { let n = 1; while (k + n < end && text[k + n] === '`') n++; runs.push({ at: k, n }); k += n - 1; }
  }
  const used = new Set<number>();
  const nextOfLen = new Map<number, number[]>();
  runs.forEach((r, idx) => { const l = nextOfLen.get(r.n) ?? []; l.push(idx); nextOfLen.set(r.n, l); });
  const cursor = new Map<number, number>();
  for (let idx = 0; idx < runs.length; idx++) {
    if (used.has(idx)) continue;
    const list = nextOfLen.get(runs[idx].n)!;
    let c = cursor.get(runs[idx].n) ?? 0;
    while (c < list.length && list[c] <= idx) c++;
    cursor.set(runs[idx].n, c);
    if (c < list.length) {
      const close = runs[list[c]];
      used.add(list[c]);
      cursor.set(runs[idx].n, c + 1);
      mask.blank(runs[idx].at, close.at + close.n);
    }
  }
  for (let k = i; k < end; k++) {
    const ch = text[k];
    if (ch === '<') {
      if (text.startsWith('<!--', k)) {
        const close = text.indexOf('-->', k + 4);
        if (close < 0 || close >= end) { mask.blank(k, end); return k; }
        comments.push({ start: k, end: close + 3, body: text.slice(k + 4, close) });
        mask.blank(k, close + 3);
        k = close + 2;
        continue;
      }
      const gt = text.indexOf('>', k + 1);
      if (gt > 0 && gt < end && /^<\/?[A-Za-z][^<>]*$/.test(text.slice(k, gt))) { mask.blank(k, gt + 1); k = gt; }
      continue;
    }
    if (ch === '!' && text[k + 1] === '[') { // image: alt text and source are not prose
      const close = text.indexOf(']', k + 2);
      if (close > 0 && close < end && text[close + 1] === '(') {
        const paren = text.indexOf(')', close + 2);
        if (paren > 0 && paren < end) { mask.blank(k, paren + 1); k = paren; continue; }
      }
    }
    if (ch === '[' && text[k + 1] === '^') { // footnote reference: a citation, not prose
      const close = text.indexOf(']', k + 2);
      if (close > 0 && close < end) { mask.blank(k, close + 1); k = close; continue; }
    }
    if (ch === ']' && (text[k + 1] === '(' || text[k + 1] === '[')) { // link target / reference
      const closer = text[k + 1] === '(' ? ')' : ']';
      const close = text.indexOf(closer, k + 2);
      if (close > 0 && close < end) { mask.blank(k, close + 1); k = close; continue; }
    }
    if (ch === '[' || ch === ']' || ch === '*' || ch === '|' || ch === '\\') { mask.blank(k, k + 1); continue; }
    if (ch === '~' && text[k + 1] === '~') { mask.blank(k, k + 2); k++; continue; }
    if (ch === '_' && !(isAlnum(text.charCodeAt(k - 1)) && isAlnum(text.charCodeAt(k + 1)))) { mask.blank(k, k + 1); continue; }
  }
  blankUrls(text, mask, start, end);
  return -1;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
