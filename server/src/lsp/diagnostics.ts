// Outcome → diagnostics, and the two ways they reach the client: pushed after a short
// debounce (so typing does not re-check every keystroke), or pulled (LSP 3.17) by clients
// that ask, in which case nothing is pushed for open documents.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { inconsistencies, type Inconsistency } from '../engine/consistency';
import type { Finding, Severity } from '../engine/types';
import { documentNotice, toDiagnostic, type RelatedNote } from './convert';
import { problems, type Outcome } from './outcome';

/** Rule code of the note on a statement that disagrees with another in the same document. */
export const CONSISTENCY = 'consistency';

export const PUSH_DELAY_MS = 150;

/** Places a problem points to where the same document states the value in force: the first two. */
const MAX_IN_FORCE = 2;

/**
 * `related`: whether the client takes related information (publishDiagnostics.relatedInformation);
 * without it, the messages alone say what the notes would point at.
 */
export function diagnosticsOf(doc: TextDocument, outcome: Outcome, related = true): Diagnostic[] {
  if (outcome.state === 'skipped') return [];
  if (outcome.state === 'tooLarge') {
    return [documentNotice(
      `Agreement Lens skipped this file: ${outcome.bytes} bytes is over agreementLens.maxFileSize (${outcome.limit}).`,
      DiagnosticSeverity.Information, 'document.too-large')];
  }
  // The statements of the value in force, by term: looked up once per problem, not filtered.
  const current = new Map<string, Finding[]>();
  for (const f of outcome.findings) {
    if (f.kind !== 'current') continue;
    const list = current.get(f.termId) ?? [];
    if (list.length < MAX_IN_FORCE) list.push(f);
    current.set(f.termId, list);
  }
  const notices = outcome.notices.filter((f) => f.severity !== 'off');
  const notes = new Map(inconsistencies(outcome.findings).map((c) => [outcome.findings[c.index], c]));
  const shown = new Set(problems(outcome));
  const items: { at: number; diagnostic: Diagnostic }[] = [];
  for (const f of shown) items.push({ at: f.start, diagnostic: toDiagnostic(doc, f, related ? relatedTo(f, current, notes.get(f)) : []) });
  // A statement that is not a problem by itself (current, or framed as past) but disagrees with
  // another one in the same document gets one quiet note; a problem carries the pointer instead.
  const level = outcome.severity?.[CONSISTENCY] ?? 'information';
  if (level !== 'off') {
    for (const [f, c] of notes) {
      if (!shown.has(f)) items.push({ at: f.start, diagnostic: consistencyDiagnostic(doc, f, c, level, related) });
    }
  }
  items.sort((a, b) => a.at - b.at);
  return [...notices.map((f) => toDiagnostic(doc, f)), ...items.map((i) => i.diagnostic)];
}

/**
 * Where the same document states the value in force for the term a problem misstates, and
 * any other value it gives for the same term; one note per place.
 */
function relatedTo(f: Finding, current: Map<string, Finding[]>, note: Inconsistency | undefined): RelatedNote[] {
  const out: RelatedNote[] = [];
  if (f.kind === 'stale' || f.kind === 'wrong') {
    for (const c of current.get(f.termId) ?? []) {
      out.push({ start: c.start, end: c.end, message: `The value in force (${c.expected}) is stated here.` });
    }
  }
  for (const r of note?.related ?? []) {
    if (!out.some((o) => o.start === r.start && o.end === r.end)) out.push(r);
  }
  return out;
}

function consistencyDiagnostic(doc: TextDocument, f: Finding, note: Inconsistency, level: Severity, related: boolean): Diagnostic {
  return toDiagnostic(doc, { ...f, ruleId: CONSISTENCY, severity: level, message: note.message }, related ? note.related : []);
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
