// Claims by the words of a sentence. The sentence memo (memo.ts) knows a sentence by its exact
// characters; this one knows it by its tokens, so sentences that differ only in what is not a
// word — markup masked to spaces ("**27%**", "[OpenAI](…)"), a line break, a double space —
// are read once. In a document that decorates the same sentences in different ways, that is
// most of them (a megabyte of the benchmark corpus: 600 sentences to read, 136 token sequences).
//
// findClaims reads a token's word, kind, value, hedge and length, never its offsets, plus the
// as-of year and whether the sentence asks a question: the key holds exactly these, so a hit
// gives the claims findClaims would give, moved to the new sentence's tokens. Judging still
// runs for every sentence: a verdict quotes and replaces the original text.
//
// Bounded (cleared when full). The claims it keeps hold token indices, words and the model's
// rules: no document text.

import { findClaims, type Claim } from './claims';
import type { CompiledModel } from './compile';
import type { Token } from './tokens';

/** A claim with its offsets as token indices. */
interface Stored {
  claim: Claim;
  focusFirst: number;
  focusLast: number;
  subjectFirst: number;
  subjectLast: number;
}

export class ClaimMemo {
  private readonly byKey = new Map<string, Stored[]>();

  /** 8,192 token sequences of a few hundred characters each: a few MB at most. */
  constructor(private readonly max = 1 << 13) {}

  /** `scanned`: the trigger's scanAll has just read this sentence (findClaims may skip rules). */
  claims(model: CompiledModel, tokens: Token[], asOfYear: number, question: boolean, scanned = false): Claim[] {
    const key = keyOf(tokens, asOfYear, question);
    const stored = this.byKey.get(key);
    if (stored) return stored.map((s) => placed(s, tokens));
    const claims = findClaims(model, tokens, asOfYear, question, scanned);
    const kept = claims.map((c) => stored1(c, tokens));
    if (this.byKey.size >= this.max) this.byKey.clear();
    if (!kept.includes(undefined)) this.byKey.set(key, kept as Stored[]);
    return claims;
  }
}

/**
 * The key: what findClaims reads of each token. A word whose length is its text's (no
 * possessive dropped) is the word alone; anything else spells out kind, value, hedge and
 * length after a \u0002, which no word contains. Joined once: building it by concatenation
 * measured slower.
 */
function keyOf(tokens: Token[], asOfYear: number, question: boolean): string {
  const parts = new Array<string>(tokens.length + 1);
  parts[0] = `${asOfYear}${question ? '?' : '.'}`;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    parts[k + 1] = t.kind === 'word' && t.end - t.start === t.w.length
      ? t.w
      : `${t.w}\u0002${t.kind}${t.value ?? ''}${t.approx ? '~' : ''}${t.end - t.start}`;
  }
  return parts.join('\u0001');
}

/** The token that starts (or ends) at offset; -1 when none does. */
function tokenAt(tokens: Token[], offset: number, end: boolean): number {
  for (let k = 0; k < tokens.length; k++) if ((end ? tokens[k].end : tokens[k].start) === offset) return k;
  return -1;
}

/** The claim with token indices for offsets; undefined if an offset is not a token's (then nothing is kept). */
function stored1(claim: Claim, tokens: Token[]): Stored | undefined {
  const s: Stored = {
    claim: { ...claim, figure: undefined },
    focusFirst: tokenAt(tokens, claim.focusStart, false),
    focusLast: tokenAt(tokens, claim.focusEnd, true),
    subjectFirst: claim.subjectStart === undefined ? -1 : tokenAt(tokens, claim.subjectStart, false),
    subjectLast: claim.subjectEnd === undefined ? -1 : tokenAt(tokens, claim.subjectEnd, true),
  };
  const lost = s.focusFirst < 0 || s.focusLast < 0 || (claim.subjectStart !== undefined && (s.subjectFirst < 0 || s.subjectLast < 0));
  return lost ? undefined : s;
}

/** The stored claim on these tokens. Every field is written out (a spread is megamorphic, several times slower). */
function placed(s: Stored, tokens: Token[]): Claim {
  const c = s.claim;
  // Typed so that a field added to Claim and not copied here is a compile error.
  const out: { [K in keyof Required<Claim>]: Claim[K] } = {
    rule: c.rule, term: c.term, value: c.value, negated: c.negated, frame: c.frame, frameDate: c.frameDate, soleDate: c.soleDate, role: c.role,
    subject: c.subject,
    subjectStart: s.subjectFirst < 0 ? undefined : tokens[s.subjectFirst].start,
    subjectEnd: s.subjectLast < 0 ? undefined : tokens[s.subjectLast].end,
    approx: c.approx, hedged: c.hedged, asserted: c.asserted, planned: c.planned, match: c.match,
    focusStart: tokens[s.focusFirst].start,
    focusEnd: tokens[s.focusLast].end,
    figure: c.match.figure === undefined ? undefined : tokens[c.match.figure],
  };
  return out;
}
