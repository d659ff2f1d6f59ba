// The one place where engine offsets (UTF-16, into the document text) become LSP positions,
// and findings become diagnostics. Everything else in the server speaks offsets.
import {
  Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Position, Range, TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../engine/types';

export const SOURCE = 'agreement-lens';

/** What rides on `Diagnostic.data`, so a code action can be built from the diagnostic alone. */
export interface DiagnosticData {
  ruleId: string;
  kind: Finding['kind'];
  replacement?: string;
}

const LSP_SEVERITY: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspSeverity(severity: Severity): DiagnosticSeverity | undefined {
  return severity === 'off' ? undefined : LSP_SEVERITY[severity] ?? DiagnosticSeverity.Warning;
}

export function toRange(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function toPosition(doc: TextDocument, offset: number): Position {
  return doc.positionAt(offset);
}

export function toOffset(doc: TextDocument, position: Position): number {
  return doc.offsetAt(position);
}

export function toTextEdit(doc: TextDocument, start: number, end: number, newText: string): TextEdit {
  return TextEdit.replace(toRange(doc, start, end), newText);
}

/** A place elsewhere in the same document that bears on a diagnostic, with what it says. */
export interface RelatedNote {
  start: number;
  end: number;
  message: string;
}

/**
 * `related` are statements elsewhere in the same document: the value in force, or another value
 * the document gives for the same term (the reader's own figure is the best pointer to the fix).
 */
export function toDiagnostic(doc: TextDocument, f: Finding, related: RelatedNote[] = []): Diagnostic {
  const data: DiagnosticData = { ruleId: f.ruleId, kind: f.kind, replacement: f.replacement };
  const diagnostic: Diagnostic = {
    range: toRange(doc, f.start, f.end),
    severity: toLspSeverity(f.severity) ?? DiagnosticSeverity.Warning,
    source: SOURCE,
    code: f.ruleId,
    message: f.message,
    data,
  };
  const href = f.sources.find((s) => s.url)?.url;
  if (href) diagnostic.codeDescription = { href };
  if (related.length > 0) {
    diagnostic.relatedInformation = related.map((r) => DiagnosticRelatedInformation.create(
      { uri: doc.uri, range: toRange(doc, r.start, r.end) }, r.message,
    ));
  }
  return diagnostic;
}

/** A diagnostic at the top of a document that stands for the whole document (size limit, config). */
export function documentNotice(message: string, severity: DiagnosticSeverity, code: string): Diagnostic {
  return {
    range: Range.create(0, 0, 0, 0),
    severity,
    source: SOURCE,
    code,
    message,
  };
}

/** A position inside a document given as 1-based line/column (config errors come that way). */
export function lineColumnRange(line: number, column: number, endLine = line, endColumn = column): Range {
  return Range.create(Math.max(0, line - 1), Math.max(0, column - 1), Math.max(0, endLine - 1), Math.max(0, endColumn - 1));
}
