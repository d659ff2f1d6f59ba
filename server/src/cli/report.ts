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

export interface FileReport {
  path: string;
  findings: OutFinding[];
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
