// Outcome → diagnostics, and the two ways they reach the client: pushed after a short
// debounce (so typing does not re-check every keystroke), or pulled (LSP 3.17) by clients
// that ask, in which case nothing is pushed for open documents.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/types';
import { documentNotice, toDiagnostic } from './convert';
import { PROBLEM_KINDS, problems, type Outcome } from './outcome';

export const PUSH_DELAY_MS = 150;

export function diagnosticsOf(doc: TextDocument, outcome: Outcome): Diagnostic[] {
  if (outcome.state === 'skipped') return [];
  if (outcome.state === 'tooLarge') {
    return [documentNotice(
      `Agreement Lens skipped this file: ${outcome.bytes} bytes is over agreementLens.maxFileSize (${outcome.limit}).`,
      DiagnosticSeverity.Information, 'document.too-large')];
  }
  const current = outcome.findings.filter((f) => f.kind === 'current');
  const notices = outcome.notices.filter((f) => f.severity !== 'off');
  return [...notices, ...problems(outcome)].map((f) => toDiagnostic(doc, f, relatedTo(f, current)));
}

/** Where the same document states the value in force for the term a problem misstates. */
function relatedTo(f: Finding, current: Finding[]): Finding[] {
  if (!PROBLEM_KINDS.has(f.kind) || f.kind === 'unconfirmed') return [];
  return current.filter((c) => c.termId === f.termId).slice(0, 3);
}

/** Counts shown by the client's status bar. */
export function countsOf(outcome: Outcome): Record<'stale' | 'wrong' | 'unconfirmed', number> {
  const counts = { stale: 0, wrong: 0, unconfirmed: 0 };
  if (outcome.state !== 'checked') return counts;
  for (const f of problems(outcome)) if (f.kind in counts) counts[f.kind as keyof typeof counts]++;
  return counts;
}

/** One pending timer per document; a newer edit replaces the older timer. */
export class Debouncer {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  schedule(uri: string, delay: number, run: () => void): void {
    this.cancel(uri);
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      run();
    }, delay));
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(uri);
  }
}
