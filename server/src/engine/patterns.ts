// Phrase patterns of the terms model, compiled to token matchers.
// Syntax (see terms/types.ts): words; `(a|b c)` choices of phrases; `…N` lets up to N
// tokens pass (4 when N is left out; `…N!` stops at the first place the next part could
// start, and at ", and" outside an aside); `(a|b)?` is an optional part; `word*` matches
// any ending; `<percent>`, `<usd>`, `<year>` match any figure of that kind; `27%`, `$135b`,
// `2032` match that figure.
// Matching takes the first place each part matches. When the part right after it (with no gap)
// then fails, a part found across a gap is tried at its next place in the same clause ("revenue
// share to Microsoft runs through 2030": "to" right after "share" is not the "to" before the
// year), and an optional part that was found is tried as left out; but only a few times per
// match (BACKTRACK_BUDGET), so the cost stays bounded by (tokens × parts × gap) times a
// constant: user-supplied patterns cannot cause catastrophic backtracking.

import type { Token } from './tokens';
import { canonicalPercent } from './tokens';

interface Atom { word?: string; prefix?: string; kind?: Token['kind']; }
type Phrase = Atom[];
interface Part {
  phrases: Phrase[];
  gap: number;
  firstOnly: boolean;
  optional: boolean;
  /** Some phrase has a figure slot (`<percent>`, `27%`). */
  figureSlot?: boolean;
  /** For parts of many phrases: the phrases by the word they start with (see partAt). */
  index?: { byWord: Map<string, Phrase[]>; rest: Phrase[] };
  /** When every phrase starts with a plain word: those words (a quick test of where it can start). */
  starts?: Set<string>;
}
export interface CompiledPattern { source: string; parts: Part[]; firstWords: string[]; }

export interface PatternMatch {
  start: number; // token index
  end: number; // token index, exclusive
  /** Token index of the first figure the pattern matched through a `<kind>` slot or literal. */
  figure?: number;
  /** Tokens let pass by `…` gaps: free text inside the match, where a negator still counts. */
  gaps?: number[];
}

const DEFAULT_GAP = 4;
/** Gaps never run across these: a pattern speaks of one clause. */
const HARD_STOPS = new Set([';', 'but', 'while', 'whereas', 'although', 'though']);
/** The longest label before a colon, in tokens ("Microsoft's license to OpenAI IP:"). */
const MAX_LABEL = 7;

function atom(raw: string): Atom {
  const w = raw.toLowerCase().replace(/\u2019/g, "'").replace(/'s$/, '');
  if (w === '<percent>') return { kind: 'percent' };
  if (w === '<usd>') return { kind: 'usd' };
  if (w === '<year>') return { kind: 'year' };
  const pct = /^(\d+(?:\.\d+)?)%$/.exec(w);
  if (pct) return { word: canonicalPercent(+pct[1]), kind: 'percent' };
  if (/^\$\d/.test(w)) return { word: w, kind: 'usd' };
  if (w.length > 1 && w.endsWith('*')) return { prefix: w.slice(0, -1) };
  return { word: w };
}

function phrase(text: string): Phrase {
  // Hyphenated and apostrophe'd words are split the way the tokenizer splits the text.
  const words = text.trim().split(/[\s\u2010\u2011-]+/).filter(Boolean);
  return words.map(atom);
}

export function compilePattern(source: string): CompiledPattern {
  if (!flatParentheses(source)) throw new Error(`a pattern's choices are in single, unnested parentheses: ${source}`);
  const parts: Part[] = [];
  let gap = 0;
  let firstOnly = false;
  let lastWasPlain = false;
  const re = /\(([^()]*)\)(\??)|(?:\u2026|\.\.\.)(\d*)(!?)|([^\s()]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) {
    if (m[1] !== undefined) {
      const optional = m[2] === '?';
      if (optional && !parts.length) throw new Error(`a pattern cannot start with an optional part: ${source}`);
      parts.push({ phrases: m[1].split('|').map(phrase).filter((p) => p.length), gap, firstOnly, optional });
      gap = 0; firstOnly = false; lastWasPlain = false;
    } else if (m[5] === undefined) {
      gap = m[3] ? +m[3] : DEFAULT_GAP;
      firstOnly = m[4] === '!';
      lastWasPlain = false;
    } else {
      // Consecutive plain words form one phrase.
      const ph = phrase(m[5]);
      if (lastWasPlain) parts[parts.length - 1].phrases[0].push(...ph);
      else parts.push({ phrases: [ph], gap, firstOnly, optional: false });
      gap = 0; firstOnly = false; lastWasPlain = true;
    }
  }
  if (!parts.length || parts.some((p) => !p.phrases.length || p.phrases.some((ph) => !ph.length))) {
    throw new Error(`empty pattern: ${source}`);
  }
  for (const part of parts) indexPart(part);
  const firstWords = parts[0].phrases.map((p) => p[0].word ?? p[0].prefix ?? `<${p[0].kind}>`);
  return { source, parts, firstWords };
}

/** Parentheses balanced and never nested: "(a|b c)" is a choice, "(a (b|c))" is not one. */
export function flatParentheses(source: string): boolean {
  let depth = 0;
  for (const c of source) {
    if (c === '(' && ++depth > 1) return false;
    if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** A part tried at every place of a gap: testing ten phrases there costs ten times one look-up. */
const INDEX_FROM = 4;

function indexPart(part: Part): void {
  part.figureSlot = part.phrases.some((ph) => ph.some((a) => a.kind && a.kind !== 'word'));
  if (part.phrases.every((ph) => ph[0].word !== undefined && ph[0].kind === undefined)) part.starts = new Set(part.phrases.map((ph) => ph[0].word!));
  if (part.phrases.length < INDEX_FROM) return;
  const byWord = new Map<string, Phrase[]>();
  const rest: Phrase[] = [];
  for (const ph of part.phrases) {
    const w = ph[0].word;
    if (w === undefined) rest.push(ph);
    else byWord.set(w, [...(byWord.get(w) ?? []), ph]);
  }
  part.index = { byWord, rest };
}

function atomMatches(a: Atom, t: Token): boolean {
  if (a.kind && a.kind !== t.kind) return false;
  if (a.word !== undefined) return t.w === a.word;
  if (a.prefix !== undefined) return t.kind === 'word' && t.w.startsWith(a.prefix);
  return true;
}

/** Length in tokens of the phrase matched at i, or -1. */
function phraseAt(ph: Phrase, tokens: Token[], i: number, end: number): number {
  if (i + ph.length > end) return -1;
  for (let k = 0; k < ph.length; k++) if (!atomMatches(ph[k], tokens[i + k])) return -1;
  return ph.length;
}

/** Length in tokens of the longest phrase of the part matched at i, or -1. */
function partAt(part: Part, tokens: Token[], i: number, end: number): number {
  let best = -1;
  // A phrase whose first atom is a word can only match where that word is.
  const phrases = part.index ? part.index.byWord.get(tokens[i].w) : part.phrases;
  if (phrases) {
    for (const ph of phrases) {
      const n = phraseAt(ph, tokens, i, end);
      if (n > best) best = n;
    }
  }
  if (part.index) {
    for (const ph of part.index.rest) {
      const n = phraseAt(ph, tokens, i, end);
      if (n > best) best = n;
    }
  }
  return best;
}

/** Could a phrase of the part start at token t? */
function startsAt(part: Part, t: Token): boolean {
  if (part.starts) return part.starts.has(t.w);
  if (!part.index) return part.phrases.some((ph) => atomMatches(ph[0], t));
  const phrases = part.index.byWord.get(t.w);
  return (phrases !== undefined && phrases.some((ph) => atomMatches(ph[0], t))) || part.index.rest.some((ph) => atomMatches(ph[0], t));
}

function firstFigure(tokens: Token[], from: number, to: number): number | undefined {
  for (let k = from; k < to; k++) if (tokens[k].kind !== 'word' && tokens[k].kind !== 'punct') return k;
  return undefined;
}

/** Other places an earlier part may be tried at, per match, when a later part fails. */
const BACKTRACK_BUDGET = 4;

// Scratch for matchParts: where each part matched (-1 when an optional part is left out) and
// its length. Module-level so that matching allocates nothing until it succeeds; matchAt is
// never re-entered while it runs.
let partStart = new Int32Array(16);
let partLen = new Int32Array(16);
let budget = 0;
/** Does the match being tried start inside an aside between dashes (dashesBefore)? */
let startsInAside = false;

// The number of dashes before each token of the last token array seen: matchAt is called many
// times on one sentence's tokens, and counting back from each start would be quadratic.
let dashTokens: Token[] | undefined;
let dashesBefore = new Int32Array(64);
/** Index of the first comma or semicolon of those tokens (their length when none). */
let firstComma = 0;

function dashesBeforeToken(tokens: Token[], i: number): number {
  if (dashTokens !== tokens) {
    if (dashesBefore.length < tokens.length + 1) dashesBefore = new Int32Array(tokens.length * 2 + 1);
    let n = 0;
    firstComma = tokens.length;
    for (let k = 0; k < tokens.length; k++) {
      dashesBefore[k] = n;
      if (tokens[k].w === '\u2014') n++;
      if ((tokens[k].w === ',' || tokens[k].w === ';') && firstComma === tokens.length) firstComma = k;
    }
    dashesBefore[tokens.length] = n;
    dashTokens = tokens;
  }
  return dashesBefore[i];
}

/** Match at token i (the first part must start there). */
export function matchAt(p: CompiledPattern, tokens: Token[], i: number, end: number): PatternMatch | undefined {
  // The first part must match at i (it is never optional): most calls end here, cheaply.
  if (i >= end || !startsAt(p.parts[0], tokens[i])) return undefined;
  if (partStart.length < p.parts.length) { partStart = new Int32Array(p.parts.length); partLen = new Int32Array(p.parts.length); }
  budget = BACKTRACK_BUDGET;
  startsInAside = dashesBeforeToken(tokens, i) % 2 === 1;
  if (!matchParts(p, tokens, 0, i, end)) return undefined;
  let figure: number | undefined;
  let gaps: number[] | undefined;
  let pos = i;
  for (let k = 0; k < p.parts.length; k++) {
    const at = partStart[k];
    if (at < 0) continue;
    if (figure === undefined && p.parts[k].figureSlot) figure = firstFigure(tokens, at, at + partLen[k]);
    for (let g = pos; g < at; g++) (gaps ??= []).push(g);
    pos = at + partLen[k];
  }
  return { start: i, end: pos, figure, gaps };
}

/** Do parts k… match from pos? Records where each matched in partStart/partLen. */
function matchParts(p: CompiledPattern, tokens: Token[], k: number, pos: number, end: number): boolean {
  if (k === p.parts.length) return true;
  const part = p.parts[k];
  const limit = k === 0 ? pos : Math.min(end - 1, pos + part.gap);
  let aside = false;
  let tried = false;
  let crossed = false;
  for (let j = pos; j <= limit; j++) {
    if (j > pos && HARD_STOPS.has(tokens[j - 1].w)) break;
    // A colon ends a clause, except a label's ("OpenAI API: exclusive to Azure"): a few words
    // from the start, with no comma before it.
    if (j > pos && tokens[j - 1].w === ':' && (j - 1 > firstComma || j - 1 > MAX_LABEL)) break;
    // A match that starts inside an aside between dashes ends with it: "Microsoft — which no
    // longer pays OpenAI any revenue share — still collects payments" is two clauses. Elsewhere
    // a dash may sit inside a clause ("until 2032—or until AGI", "products — API included — on").
    if (j > pos && startsInAside && tokens[j - 1].w === '\u2014') break;
    // A later place is looked for within the clause only: not across a comma or a dash.
    if (j > pos && (tokens[j - 1].w === ',' || tokens[j - 1].w === '\u2014')) crossed = true;
    if (tried && crossed) break;
    // A first-place gap stays inside one item of a list: it stops at ", and" unless the
    // comma sits in an aside between dashes or brackets ("—such as 365, Azure, and …—").
    if (part.firstOnly && j > pos) {
      const w = tokens[j - 1].w;
      if (w === '\u2014' || w === '(' || w === ')') aside = w === '(' ? true : w === ')' ? false : !aside;
      if (!aside && w === ',' && tokens[j].w === 'and') break;
    }
    const n = partAt(part, tokens, j, end);
    if (n > 0) {
      // A later place for this part only while the budget lasts.
      if (tried && budget-- <= 0) return false;
      tried = true;
      partStart[k] = j;
      partLen[k] = n;
      if (matchParts(p, tokens, k + 1, j + n, end)) return true;
      // Only a part the next one must follow at once is tried further on ("(through|to) 2030"):
      // together they read as one phrase. Elsewhere the first place stands: a later one would
      // stretch the match over words that belong to another claim.
      if (part.firstOnly || k === 0 || p.parts[k + 1]?.gap !== 0) break;
      continue;
    }
    if (part.firstOnly && startsAt(part, tokens[j])) break;
  }
  // An optional part is left out when it is absent, or (budget permitting) when the rest failed after it.
  if (part.optional && (!tried || budget-- > 0)) {
    partStart[k] = -1;
    return matchParts(p, tokens, k + 1, pos, end);
  }
  return false;
}

/** Every non-overlapping match in tokens[from, to). */
export function matchAll(p: CompiledPattern, tokens: Token[], from: number, to: number): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (let i = from; i < to; i++) {
    const m = matchAt(p, tokens, i, to);
    if (m) { out.push(m); i = m.end - 1; }
  }
  return out;
}
