// The engine: text (+ language, as-of date, model) in, findings out. Pure and
// deterministic: no editor, protocol, file system or clock. The CLI, the language server,
// the web worker and the tests all call this.

import type { TermsModel } from '../terms/types';
import { isIsoDate } from '../terms/model';
import { findClaims, type Claim } from './claims';
import { compileModel, type CompiledModel } from './compile';
import { judge, type Verdict } from './judge';
import { segment, type Block } from './segment';
import { splitSentences } from './sentences';
import { LineIndex, suppressions } from './suppress';
import { tokenize } from './tokens';
import type { CheckOptions, CheckResult, Finding, Kind, Severity } from './types';

export type * from './types';

const DEFAULT_SEVERITY: Record<Kind, Severity> = {
  stale: 'warning', wrong: 'warning', unconfirmed: 'information', current: 'hint', historical: 'hint',
};
const PROBLEM_KINDS = new Set<Kind>(['stale', 'wrong', 'unconfirmed']);

/**
 * Per-document memory of analysed paragraphs. A re-check after an edit analyses only the
 * paragraphs whose text changed; the others are reused, shifted to their new offsets.
 */
export class Session {
  cache = new Map<string, CachedBlock>();
}

/** A block's findings at the offset it had when analysed. */
interface CachedBlock { start: number; findings: Finding[]; }

export interface Checker {
  readonly model: TermsModel;
  check(text: string, options: CheckOptions, session?: Session): CheckResult;
  createSession(): Session;
}

export function createChecker(model: TermsModel): Checker {
  const cm = compileModel(model);
  return {
    model,
    createSession: () => new Session(),
    check: (text, options, session) => check(cm, text, options, session),
  };
}

function check(cm: CompiledModel, text: string, options: CheckOptions, session?: Session): CheckResult {
  const seg = segment(text, options.languageId ?? 'markdown');
  const notices: Finding[] = [];
  let asOf = options.asOf;
  const fmDate = seg.frontMatter?.asOf;
  if (fmDate !== undefined) {
    if (isIsoDate(fmDate)) asOf = fmDate;
    else notices.push(frontMatterNotice(seg.frontMatter!.asOfStart!, seg.frontMatter!.asOfEnd!, fmDate, asOf));
  }
  const next = new Map<string, CachedBlock>();
  const all: Finding[] = [];
  for (const block of seg.blocks) {
    const key = `${asOf}\u0000${seg.masked.slice(block.start, block.end)}`;
    let cached = session?.cache.get(key) ?? next.get(key);
    if (!cached) cached = { start: block.start, findings: analyseBlock(cm, text, seg.masked, block, asOf) };
    next.set(key, cached);
    const by = block.start - cached.start;
    for (const f of cached.findings) all.push(by ? shift(f, by) : f);
  }
  if (session) session.cache = next;
  const keep = suppressions(seg.comments, new LineIndex(text));
  const findings: Finding[] = [];
  for (const f of all) {
    if (!options.all && !PROBLEM_KINDS.has(f.kind)) continue;
    const severity = options.severity?.[f.ruleId] ?? options.severity?.[f.kind] ?? DEFAULT_SEVERITY[f.kind];
    if (severity === 'off' || !keep(f)) continue;
    findings.push(severity === f.severity ? f : { ...f, severity });
  }
  return { asOf, findings, notices };
}

function shift(f: Finding, by: number): Finding {
  return { ...f, start: f.start + by, end: f.end + by, sentenceStart: f.sentenceStart + by, sentenceEnd: f.sentenceEnd + by };
}

function frontMatterNotice(start: number, end: number, value: string, asOf: string): Finding {
  return {
    ruleId: 'document.as-of', kind: 'wrong', severity: 'warning', start, end, text: value, termId: '',
    message: `Front matter as-of: "${value}" is not a date (YYYY-MM-DD); the document is judged as of ${asOf}.`,
    asserted: value, expected: 'YYYY-MM-DD', explanation: 'The as-of key of the front matter sets the date the document is judged at.',
    sources: [], sentenceStart: start, sentenceEnd: end,
  };
}

const RANK: Record<Kind, number> = { wrong: 4, stale: 3, unconfirmed: 2, current: 1, historical: 1 };

function analyseBlock(cm: CompiledModel, text: string, masked: string, block: Block, asOf: string): Finding[] {
  const out: Finding[] = [];
  const year = +asOf.slice(0, 4);
  for (const s of splitSentences(masked, block.start, block.end)) {
    const tokens = tokenize(masked, s.start, s.end);
    const claims = findClaims(cm, tokens, year);
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
  }
  return out;
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
