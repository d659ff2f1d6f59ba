// Public types of the engine. Pure data: no editor, protocol or Node types here,
// so the same objects flow through the CLI, the language server and the web worker.

/** What a recognised claim is, judged against the terms in force at the time it speaks of. */
export type Kind = 'stale' | 'wrong' | 'unconfirmed' | 'current' | 'historical';

export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface SourceRef {
  /** Stable key in the model's `sources` table. */
  id: string;
  title: string;
  publisher: string;
  /** ISO date (YYYY-MM-DD) or a partial date when that is all the source gives. */
  date: string;
  url: string;
  official: boolean;
}

export interface Finding {
  /** Stable dotted rule id: the term id (`equity.microsoft-stake`) or an engine rule (`config.invalid`). */
  ruleId: string;
  kind: Kind;
  severity: Severity;
  message: string;
  /** UTF-16 offsets into the checked text (after any BOM the caller stripped). */
  start: number;
  end: number;
  /** The checked text between start and end. */
  text: string;
  /** The mechanical replacement for [start, end), when one is right in context. */
  replacement?: string;
  /** Term id in the model. */
  termId: string;
  /** The value the claim asserts, in words. */
  asserted: string;
  /** The value in force at the date the claim speaks of, in words. */
  expected: string;
  /** Date (YYYY-MM-DD) since which the expected value holds. */
  since?: string;
  explanation: string;
  sources: SourceRef[];
  /** Offsets of the sentence the claim sits in. */
  sentenceStart: number;
  sentenceEnd: number;
}

export interface CheckOptions {
  /** `markdown` (default) or `plaintext`; anything else is read as plain text. */
  languageId?: string;
  /** The date the document is judged at (YYYY-MM-DD). Front matter `as-of:` wins over it. */
  asOf: string;
  /** Report current and historical references too (kinds `current`, `historical`). */
  all?: boolean;
  /** Severity overrides by rule id or by kind (`stale`, `wrong`, …); rule id wins. */
  severity?: Record<string, Severity>;
}

export interface CheckResult {
  /** The date the document was judged at (front matter `as-of:` or the option). */
  asOf: string;
  findings: Finding[];
  /** Front-matter problems and the like, reported as findings of rule `document.*`. */
  notices: Finding[];
}
