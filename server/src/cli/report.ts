// The shape of a run's results: what every output format reads. `--format json` prints it as is,
// so field names and order here are the CLI's public contract (DESIGN §6).
import type { Kind, Severity } from '../engine/types';

export interface OutSource {
  title: string;
  url: string;
  date: string;
}

export interface OutFinding {
  ruleId: string;
  kind: Kind;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  replacement?: string;
  sources: OutSource[];
}

/** Where a file stands (--summary): its claims of every kind, against the terms of its as-of date. */
export interface OutSummary {
  asOf: string;
  /** The date of the latest change to any term on or before asOf. */
  termsOf: string;
  counts: Record<Kind, number>;
  /** "Checked against the terms of 2026-04-29: 12 current · 2 stale · 1 wrong" */
  text: string;
}

export interface FileReport {
  path: string;
  findings: OutFinding[];
  /** Only with --summary; an added field, the others keep their shape. */
  summary?: OutSummary;
}

export interface ErrorEntry {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export interface Report {
  version: 1;
  asOf: string;
  files: FileReport[];
  errors: ErrorEntry[];
}

export const isProblem = (kind: Kind) => kind === 'stale' || kind === 'wrong';
