// Tokens of one sentence, with exact UTF-16 offsets into the document.
// Figures become single tokens with a canonical word (`27%`, `$135b`, `2032`) so that
// phrase patterns in the terms model can name them, whatever the spelling in the text
// (`27 percent`, `US$135 billion`, `135 billion USD`, `one-third`).
// Hand-written rather than a general NLP tokenizer: we need exact offsets, no
// dependencies in the web worker, and one linear pass.

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
  trillion: 1e12, tn: 1e12, t: 1e12, billion: 1e9, bn: 1e9, b: 1e9, million: 1e6, mn: 1e6, m: 1e6,
};

// Each pattern is anchored with the sticky flag and has no nested quantifiers, so a
// failed attempt costs a bounded number of steps: the scan stays linear in the text.
const MONEY_PREFIX = /(?:US ?\$|\$|USD ?)[\s\u00a0]?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:[\s\u00a0]?(trillion|billion|million|bn|mn|tn|[bmt])(?![a-z]))?(?:[\s\u00a0](?:USD|dollars|US dollars)\b)?/iy;
const MONEY_SUFFIX = /(\d+(?:\.\d+)?)[\s\u00a0](trillion|billion|million|bn)[\s\u00a0](?:US[\s\u00a0])?(?:USD|dollars)\b/iy;
const PERCENT = /(\d+(?:\.\d+)?)[\s\u00a0]?(?:%(?:[\s\u00a0]percent\b)?|percent\b|per[\s\u00a0-]cent\b|pct\b)/iy;
const THIRD = /(?:one|a)[\s\u00a0\u2010\u2011-]third\b/iy;
const WORD = /[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?/y;

const APOS = /\u2019/g;

function canonicalUsd(v: number): string {
  if (v >= 1e9) return `$${+(v / 1e9).toFixed(3)}b`;
  if (v >= 1e6) return `$${+(v / 1e6).toFixed(3)}m`;
  return `$${v}`;
}

export function canonicalPercent(v: number): string {
  return `${+v.toFixed(2)}%`;
}

function tryAt(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Tokenise text[start, end) (already masked: non-prose is spaces). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const prevIsWord = i > 0 && isWordChar(text.charCodeAt(i - 1));
    if (c === 36 || ((c === 85 || c === 117) && !prevIsWord)) { // '$', 'U' (US$, USD)
      const m = tryAt(MONEY_PREFIX, text, i);
      if (m && m.index + m[0].length <= end) {
        const num = parseFloat(m[1].replace(/,/g, ''));
        const scale = m[2] ? SCALE[m[2].toLowerCase()] ?? 1 : 1;
        const v = num * scale;
        out.push({ w: canonicalUsd(v), kind: 'usd', value: v, start: i, end: i + m[0].length });
        i += m[0].length;
        continue;
      }
    }
    if (c >= 48 && c <= 57 && !prevIsWord) {
      let m = tryAt(PERCENT, text, i);
      if (m && i + m[0].length <= end) {
        const v = parseFloat(m[1]);
        out.push({ w: canonicalPercent(v), kind: 'percent', value: v, start: i, end: i + m[0].length });
        i += m[0].length;
        continue;
      }
      m = tryAt(MONEY_SUFFIX, text, i);
      if (m && i + m[0].length <= end) {
        const v = parseFloat(m[1]) * SCALE[m[2].toLowerCase()];
        out.push({ w: canonicalUsd(v), kind: 'usd', value: v, start: i, end: i + m[0].length });
        i += m[0].length;
        continue;
      }
    }
    if ((c === 111 || c === 97 || c === 79 || c === 65) && !prevIsWord) { // one-third, a third
      const m = tryAt(THIRD, text, i);
      if (m && i + m[0].length <= end) {
        out.push({ w: '33.33%', kind: 'percent', value: 100 / 3, approx: true, start: i, end: i + m[0].length });
        i += m[0].length;
        continue;
      }
    }
    if (isWordChar(c)) {
      WORD.lastIndex = i;
      const m = WORD.exec(text)!;
      let len = m[0].length;
      if (i + len > end) len = end - i;
      let w = text.slice(i, i + len).toLowerCase().replace(APOS, "'");
      if (w.endsWith("'s")) w = w.slice(0, -2);
      else if (w.endsWith("'")) w = w.slice(0, -1);
      const isYear = len === 4 && /^(19|20)\d\d$/.test(w);
      out.push(isYear
        ? { w, kind: 'year', value: +w, start: i, end: i + len }
        : { w, kind: 'word', start: i, end: i + len });
      i += len;
      continue;
    }
    // Punctuation that bounds clauses or marks time/quotes; other characters are separators.
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2014 || c === 0x2013 || c === 126) {
      const w = c === 0x2013 ? '\u2014' : String.fromCharCode(c);
      out.push({ w, kind: 'punct', start: i, end: i + 1 });
    } else if (c === 45 && text.charCodeAt(i + 1) === 45) {
      out.push({ w: '\u2014', kind: 'punct', start: i, end: i + 2 });
      i += 2;
      continue;
    } else if (c === 45 && i + 1 < end && text.charCodeAt(i + 1) === 32 && i > 0 && text.charCodeAt(i - 1) === 32) {
      out.push({ w: '\u2014', kind: 'punct', start: i, end: i + 1 }); // " - " used as a dash
    }
    i++;
  }
  markHedges(out, text);
  return out;
}

const HEDGES = new Set(['about', 'roughly', 'approximately', 'nearly', 'around', 'almost', 'some', 'approx', 'circa', 'estimated', 'close']);

function markHedges(tokens: Token[], text: string): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'percent' && t.kind !== 'usd') continue;
    const prev = tokens[k - 1];
    if ((prev && HEDGES.has(prev.w)) || (prev?.w === 'to' && tokens[k - 2]?.w === 'close')) t.approx = true;
    if (prev?.w === '~' || text.charCodeAt(t.start - 1) === 126) t.approx = true;
  }
}
