// Custom messages between the Agreement Lens client and server, declared once. Plain method
// names and types, so the client bundle does not pull in server code.

/** Check a file that is not open in the editor (Check Workspace) and publish its diagnostics. */
export const CHECK_TEXT = 'agreementLens/checkText';
export interface CheckTextParams {
  uri: string;
  languageId: string;
  text: string;
}
export interface CheckTextResult {
  /** Diagnostics published for the file (0 when skipped). */
  problems: number;
  /** Why the file was not checked (disabled, other language, ignored, too large). */
  skipped?: string;
}

/** The terms model with its timelines, as Markdown, judged at the date that applies to `uri`. */
export const TERMS_MARKDOWN = 'agreementLens/termsMarkdown';
export interface TermsMarkdownParams {
  uri?: string;
}
export interface TermsMarkdownResult {
  asOf: string;
  markdown: string;
}

/** Sent after each check when the client asked for it (`initializationOptions.status`). */
export const STATUS = 'agreementLens/status';
export interface StatusParams {
  uri: string;
  stale: number;
  wrong: number;
  unconfirmed: number;
  /** `checked`, or why not (`skipped`, `tooLarge`). */
  state: string;
  /**
   * Where the document stands, when checked: "Checked against the terms of 2026-04-29:
   * 12 current · 2 stale · 1 wrong" (the text of the summary code lens).
   */
  summary?: string;
}

export interface InitializationOptions {
  status?: boolean;
  /** false in an untrusted workspace: workspace files (config, terms file) are not read. */
  workspaceTrusted?: boolean;
}
