// Checking one document: read, decode, run the engine, keep what the user asked for, and with
// --fix rewrite the file and report what is left. Runs in the main thread and in workers alike,
// so it depends only on plain data passed in.
import { extname } from 'node:path';
import { createChecker } from '../engine/index';
import { summarize } from '../engine/summary';
import type { CheckOptions, CheckResult, Finding } from '../engine/types';
import { modelWithConfig, type UserConfig } from '../config/config';
import { ioMessage } from '../config/node';
import { applyEdits, writeFileAtomic, type Edit } from './fix';
import { LineIndex } from './position';
import { decode, encode, readDocument, type Decoded } from './read';
import { isProblem, type FileReport, type OutFinding, type OutSource } from './report';
import type { Problem } from './walk';

/** What a valid config contributes; an invalid one contributes nothing. */
export type RuleSet = Pick<UserConfig, 'asOf' | 'rules' | 'terms' | 'sources'>;

export interface RunOptions {
  /** --as-of, or today when absent. */
  asOf: string;
  /** Whether --as-of was given (it then wins over a config's asOf). */
  asOfGiven: boolean;
  all: boolean;
  fix: boolean;
  /** --summary: every kind is checked for the counts, only the asked-for kinds are listed. */
  summary?: boolean;
  maxFileSize: number;
}

export interface FileJob {
  index: number;
  display: string;
  abs: string;
  /** Key into the rule sets; null for the built-in model and default rules. */
  ruleSet: string | null;
}

export interface FileOutcome {
  index: number;
  report?: FileReport;
  fixed: number;
  notices: Problem[];
  error?: Problem;
}

type Checker = ReturnType<typeof createChecker>;
const MAX_FIX_PASSES = 10;

/** One checker per rule set: the merged model is built once per config, not per file. */
export class Checkers {
  private readonly cache = new Map<string, Checker>();
  constructor(private readonly ruleSets: Record<string, RuleSet>) {}

  get(key: string | null): Checker {
    const k = key ?? '';
    let checker = this.cache.get(k);
    if (!checker) {
      checker = createChecker(modelWithConfig(key === null ? undefined : this.ruleSets[key]));
      this.cache.set(k, checker);
    }
    return checker;
  }

  ruleSet(key: string | null): RuleSet {
    return (key !== null && this.ruleSets[key]) || {};
  }
}

export function checkFile(job: FileJob, run: RunOptions, checkers: Checkers): FileOutcome {
  const read = readDocument(job.abs, run.maxFileSize);
  if (!read.ok) {
    return 'error' in read
      ? { index: job.index, fixed: 0, notices: [], error: { path: job.display, message: read.error } }
      : { index: job.index, fixed: 0, notices: [{ path: job.display, message: read.skip }] };
  }
  return checkDecoded(job, read.doc, run, checkers, (text) => writeFileAtomic(job.abs, encode(text, read.doc), read.mode));
}

/** Standard input: never rewritten, read as Markdown. */
export function checkBuffer(index: number, display: string, buf: Buffer, run: RunOptions, checkers: Checkers, ruleSet: string | null): FileOutcome {
  const doc = decode(buf);
  if (!doc) return { index, fixed: 0, notices: [{ path: display, message: 'skipped, binary input (NUL byte in the first 8 KB)' }] };
  const job = { index, display, abs: '', ruleSet };
  return checkDecoded(job, doc, { ...run, fix: false }, checkers, undefined);
}

function checkDecoded(job: FileJob, doc: Decoded, run: RunOptions, checkers: Checkers, write: ((text: string) => void) | undefined): FileOutcome {
  const notices: Problem[] = [];
  if (doc.invalid) {
    const what = doc.encoding === 'utf8' ? 'invalid UTF-8' : 'truncated UTF-16';
    notices.push({ path: job.display, message: `${what}, decoded with replacement characters${run.fix ? '; not fixed' : ''}` });
  }
  const rules = checkers.ruleSet(job.ruleSet);
  const options: CheckOptions = {
    languageId: job.abs && extname(job.abs).toLowerCase() === '.txt' ? 'plaintext' : 'markdown',
    asOf: run.asOfGiven ? run.asOf : rules.asOf ?? run.asOf,
    all: run.all || run.summary,
    severity: rules.rules,
  };
  const checker = checkers.get(job.ruleSet);
  const original = doc.text;
  let text = original;
  let findings: Finding[];
  let checked: CheckResult;
  let fixed = 0;
  try {
    const first = (checked = checker.check(text, options));
    findings = select(first.findings, run.all);
    if (first.notices.length) {
      const at = new LineIndex(text);
      for (const n of first.notices) notices.push({ path: job.display, message: n.message, ...at.position(n.start) });
    }
    if (run.fix && write && !doc.invalid) {
      // Like ESLint: a fix can uncover or unblock another, so apply in passes (bounded).
      for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const edits = findings.filter((f) => isProblem(f.kind) && f.replacement !== undefined) as Edit[];
        const result = applyEdits(text, edits);
        if (result.applied === 0) break;
        text = result.text;
        fixed += result.applied;
        findings = select((checked = checker.check(text, options)).findings, run.all);
      }
    }
  } catch (e) {
    // The engine promises not to throw; if it ever does, one file fails, not the run.
    const message = `internal error while checking: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`;
    return { index: job.index, fixed: 0, notices, error: { path: job.display, message } };
  }

  let error: Problem | undefined;
  if (text !== original) {
    try {
      write!(text);
    } catch (e) {
      // The file is as it was: report what it still says.
      error = { path: job.display, message: `could not write the fixes: ${ioMessage(e)}` };
      text = original;
      fixed = 0;
      findings = select((checked = checker.check(text, options)).findings, run.all);
    }
  }
  const lines = new LineIndex(text);
  const report: FileReport = { path: job.display, findings: findings.map((f) => toOut(f, lines)) };
  if (run.summary) report.summary = summarize(checker.model, checked.findings.filter((f) => f.severity !== 'off'), checked.asOf);
  return { index: job.index, fixed, notices, report, ...(error ? { error } : {}) };
}

/** Kinds the user asked for, minus findings a config turned off; in document order. */
function select(findings: Finding[], all: boolean): Finding[] {
  return findings
    .filter((f) => f.severity !== 'off' && (all || f.kind === 'stale' || f.kind === 'wrong' || f.kind === 'unconfirmed'))
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

/**
 * The sources of a finding as printed. Findings of the same claim share one sources array (the
 * engine's memo moves them, it does not copy them), so the printed form is made once per array:
 * tens of thousands of findings in a big run otherwise copy the same few sources each time,
 * and the main thread then receives every copy from the workers.
 */
const outSources = new WeakMap<Finding['sources'], OutSource[]>();

function sourcesOut(sources: Finding['sources']): OutSource[] {
  let out = outSources.get(sources);
  if (!out) {
    out = sources.map((src) => ({ title: src.title, url: src.url, date: src.date }));
    outSources.set(sources, out);
  }
  return out;
}

function toOut(f: Finding, lines: LineIndex): OutFinding {
  const s = lines.position(f.start);
  const e = lines.position(f.end);
  return {
    ruleId: f.ruleId,
    kind: f.kind,
    severity: f.severity,
    message: f.message,
    start: f.start,
    end: f.end,
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    text: f.text,
    ...(f.replacement !== undefined ? { replacement: f.replacement } : {}),
    sources: sourcesOut(f.sources),
  };
}
