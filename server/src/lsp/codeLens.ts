// Where the document stands, on its first line: "Checked against the terms of 2026-04-29:
// 12 current · 2 stale · 1 wrong", judged at the document's as-of date. The same text goes to
// the client's status-bar tooltip (protocol.ts STATUS).
import { Range, type CodeLens } from 'vscode-languageserver';
import { summarize, type Summary } from '../engine/summary';
import type { Checked } from './outcome';

/**
 * VS Code 1.100 has no command that filters the Problems view to one file (its filter text has no
 * command, and "Show Active File Only" is a toggle whose state an extension cannot read), so the
 * lens opens the Problems view, which reveals the active file's entries.
 */
export const SHOW_PROBLEMS = 'workbench.actions.view.problems';

export function summaryOf(outcome: Checked): Summary {
  return summarize(outcome.model, outcome.findings, outcome.asOf);
}

/** One lens, in Markdown articles only; plain-text notes get the same summary in the status-bar tooltip. */
export function codeLenses(outcome: Checked): CodeLens[] {
  if (outcome.languageId !== 'markdown') return [];
  return [{ range: Range.create(0, 0, 0, 0), command: { title: summaryOf(outcome).text, command: SHOW_PROBLEMS } }];
}
