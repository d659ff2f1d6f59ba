// The engine: text (+ language, as-of date, model) in, findings out. Pure and
// deterministic: no editor, protocol, file system or clock. The CLI, the language server,
// the web worker and the tests all call this.

import type { TermsModel } from '../terms/types';
import { isIsoDate } from '../terms/model';
import type { Claim } from './claims';
import { ClaimMemo } from './claim-memo';
import { compileModel, type CompiledModel } from './compile';
import { judge, type Verdict } from './judge';
import type { Block } from './segment';
import { splitSentences, Terminators, type Span } from './sentences';
import { SentenceMemo } from './memo';
import { analyseBlocks, LOOKAHEAD, segmentWith, Session } from './session';
import { LineIndex, suppressions } from './suppress';
import { tokenize } from './tokens';
import { scanAll } from './trigger';
import type { CheckOptions, CheckResult, Finding, Kind, Severity } from './types';

export type * from './types';
export { Session };

const DEFAULT_SEVERITY: Record<Kind, Severity> = {
  stale: 'warning', wrong: 'warning', unconfirmed: 'information', current: 'hint', historical: 'hint',
};
const PROBLEM_KINDS = new Set<Kind>(['stale', 'wrong', 'unconfirmed']);

export interface Checker {
  readonly model: TermsModel;
  /** The model's recognition data, compiled once; completion reads its cues too. */
  readonly compiled: CompiledModel;
  check(text: string, options: CheckOptions, session?: Session): CheckResult;
  createSession(): Session;
}

export function createChecker(model: TermsModel): Checker {
  const cm = compileModel(model);
  const memo: Memos = { sentences: new SentenceMemo(), claims: new ClaimMemo() };
  return {
    model,
    compiled: cm,
    createSession: () => new Session(),
    check: (text, options, session) => check(cm, memo, text, options, session),
  };
}

function check(cm: CompiledModel, memo: Memos, text: string, options: CheckOptions, session?: Session): CheckResult {
  const segmenting = segmentWith(text, options.languageId ?? 'markdown', session);
  const { seg } = segmenting;
  const notices: Finding[] = [];
  let asOf = options.asOf;
  const fmDate = seg.frontMatter?.asOf;
  if (fmDate !== undefined) {
    if (isIsoDate(fmDate)) asOf = fmDate;
    else notices.push(frontMatterNotice(seg.frontMatter!.asOfStart!, seg.frontMatter!.asOfEnd!, fmDate, asOf));
  }
  // Sentence ends are found with searches that, shared, read the whole masked text once.
  let whole: Terminators | undefined;
  const terminatorsOf = (masked: string, base: number) =>
    (base === 0 && masked.length === seg.masked.length ? (whole ??= new Terminators(masked)) : new Terminators(masked));
  // Without a session nothing is kept for later checks, so findings the options drop anyway
  // (other kinds, rules turned off) need not be copied out of the memo at all.
  const wanted = session ? undefined : (f: Finding) => (options.all || PROBLEM_KINDS.has(f.kind)) && severityOf(f, options) !== 'off';
  // Each block's findings; with a session, only the blocks an edit touched are analysed again.
  const perBlock = analyseBlocks(text, segmenting, asOf,
    (masked, base, block, at) => analyseBlock(cm, memo, text, masked, base, terminatorsOf(masked, base), block, at, wanted), session);
  const keep = suppressions(seg.comments, new LineIndex(text));
  const findings: Finding[] = [];
  for (const blockFindings of perBlock) for (const f of blockFindings) {
    if (!options.all && !PROBLEM_KINDS.has(f.kind)) continue;
    const severity = severityOf(f, options);
    if (severity === 'off' || !keep(f)) continue;
    findings.push(severity === f.severity ? f : { ...f, severity });
  }
  return { asOf, findings, notices };
}

function severityOf(f: Finding, options: CheckOptions): Severity {
  return options.severity?.[f.ruleId] ?? options.severity?.[f.kind] ?? DEFAULT_SEVERITY[f.kind];
}

function frontMatterNotice(start: number, end: number, value: string, asOf: string): Finding {
  return {
    ruleId: 'document.as-of', kind: 'wrong', severity: 'warning', start, end, text: value, termId: '',
    message: `Front matter as-of: "${value}" is not a date (YYYY-MM-DD); the document is judged as of ${asOf}.`,
    asserted: value, expected: 'YYYY-MM-DD', explanation: 'The as-of key of the front matter sets the date the document is judged at.',
    sources: [], sentenceStart: start, sentenceEnd: end,
  };
}

/** What a checker remembers between checks: sentences by their text, claims by their tokens. */
interface Memos { sentences: SentenceMemo; claims: ClaimMemo; }

const RANK: Record<Kind, number> = { wrong: 4, stale: 3, unconfirmed: 2, current: 1, historical: 1 };

/**
 * The findings of a block, sentence by sentence. A sentence's findings must depend only on
 * its own text (masked and original), the as-of date and, when it ends in a figure, the masked
 * text just after it: the memo (memo.ts) relies on it. `masked` is the document's masked text
 * from offset `base` on; findings carry document offsets.
 */
function analyseBlock(
  cm: CompiledModel, memo: Memos, text: string, masked: string, base: number, terminators: Terminators, block: Block, asOf: string,
  keep?: (f: Finding) => boolean,
): Finding[] {
  const out: Finding[] = [];
  for (const local of splitSentences(masked, block.start - base, block.end - base, terminators)) {
    const s = base ? { start: local.start + base, end: local.end + base } : local;
    let found = memo.sentences.lookup(asOf, text, masked, base, s.start, s.end, LOOKAHEAD, keep);
    if (!found) {
      // Most sentences name no term at all: the trigger says so without tokenising them.
      found = memo.sentences.remember(asOf, scanAll(cm.trigger, masked, local.start, local.end) ? analyseSentence(cm, memo.claims, text, masked, base, s, asOf) : []);
      if (keep) found = found.filter(keep);
    }
    for (const f of found) out.push(f);
  }
  return out;
}

function analyseSentence(cm: CompiledModel, claimMemo: ClaimMemo, text: string, masked: string, base: number, s: Span, asOf: string): Finding[] {
  const out: Finding[] = [];
  const year = +asOf.slice(0, 4);
  const tokens = tokenize(masked, s.start - base, s.end - base, base);
  const claims = claimMemo.claims(cm, tokens, year, endsWithQuestionMark(masked, s.start - base, s.end - base), true);
  const judged: { claim: Claim; verdict: Verdict }[] = [];
  for (const claim of claims) {
    const verdict = judge(cm, claim, asOf, text.slice(claim.focusStart, claim.focusEnd), text);
    if (verdict) judged.push({ claim, verdict });
  }
  for (const { claim, verdict } of dedupe(judged)) {
    out.push({
      ruleId: claim.term.id, kind: verdict.kind, severity: DEFAULT_SEVERITY[verdict.kind], message: verdict.message,
      start: verdict.start ?? claim.focusStart, end: verdict.end ?? claim.focusEnd,
      text: text.slice(verdict.start ?? claim.focusStart, verdict.end ?? claim.focusEnd),
      ...(verdict.replacement !== undefined ? { replacement: verdict.replacement } : {}),
      termId: claim.term.id, asserted: verdict.asserted, expected: verdict.expected,
      ...(verdict.since ? { since: verdict.since } : {}),
      explanation: claim.term.explanation, sources: verdict.sources, sentenceStart: s.start, sentenceEnd: s.end,
    });
  }
  return out;
}

/** Does masked[start, end) end with "?" (before any closing quotes or brackets)? */
function endsWithQuestionMark(masked: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i > start && ' "\'\u201d\u2019)]'.includes(masked[i])) i--;
  return masked.charCodeAt(i) === 63;
}

/**
 * One finding per stretch of text: where claims overlap, the more specific wording wins
 * (a known misreading, then the longer match, then the more severe verdict).
 */
function dedupe(items: { claim: Claim; verdict: Verdict }[]): { claim: Claim; verdict: Verdict }[] {
  const score = (x: { claim: Claim; verdict: Verdict }) =>
    (x.claim.rule.misreading ? 1000 : 0) + (x.claim.match.end - x.claim.match.start) * 10 + RANK[x.verdict.kind];
  const sorted = [...items].sort((a, b) => score(b) - score(a) || a.claim.match.start - b.claim.match.start);
  const kept: { claim: Claim; verdict: Verdict }[] = [];
  for (const it of sorted) {
    const overlaps = kept.some((k) => it.claim.focusStart < k.claim.focusEnd && k.claim.focusStart < it.claim.focusEnd);
    if (!overlaps) kept.push(it);
  }
  return kept.sort((a, b) => a.claim.focusStart - b.claim.focusStart);
}
