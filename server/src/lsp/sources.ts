// "Add source" on a claim and "Add sources to all claims in file": the engine's citation edits
// (a Markdown footnote, or the source in brackets in plain text) as code actions. Applying one
// twice changes nothing, so a claim that is already cited offers no action.
import { CodeAction, CodeActionKind, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { citeEdits, type TextEdit as CiteEdit } from '../engine/cite';
import type { Finding } from '../engine/types';
import { toTextEdit } from './convert';
import { touching, type Checked } from './outcome';

/** On a claim under the cursor (shown with the refactorings, not with the fixes of problems). */
export const ADD_SOURCE_KIND = `${CodeActionKind.RefactorRewrite}.addSource.agreementLens`;
/** The whole file, from the Source Action menu; not a fixAll kind, so saving never runs it. */
export const ADD_SOURCES_KIND = `${CodeActionKind.Source}.addSources.agreementLens`;
export const ADD_SOURCES_TITLE = 'Add sources to all claims in file';

/**
 * Claims a source supports as written: those that state the term in force or describe an
 * earlier one as past. A stale or wrong figure is fixed first (then it is current); citing it
 * as it stands would attach a source that says otherwise.
 */
export function citable(outcome: Checked): Finding[] {
  return outcome.findings.filter((f) => (f.kind === 'current' || f.kind === 'historical') && f.termId && f.sources.length > 0);
}

/** "Add source" for each citable claim touching [start, end] that is not cited yet. */
export function addSourceActions(doc: TextDocument, outcome: Checked, start: number, end: number): CodeAction[] {
  const text = doc.getText();
  const actions: CodeAction[] = [];
  for (const f of touching(citable(outcome), start, end)) {
    const edits = citeEdits(text, [f], outcome.languageId);
    if (!edits.length) continue;
    const src = f.sources[0];
    actions.push(CodeAction.create(`Add source for "${f.text}" (${src.publisher}, ${src.date})`, edit(doc, edits), ADD_SOURCE_KIND));
  }
  return actions;
}

/** Cites every claim not cited yet; undefined when there is nothing to add. */
export function addSourcesAll(doc: TextDocument, outcome: Checked, kind: string): CodeAction | undefined {
  const edits = citeEdits(doc.getText(), citable(outcome), outcome.languageId);
  if (!edits.length) return undefined;
  return CodeAction.create(ADD_SOURCES_TITLE, edit(doc, edits), kind);
}

/**
 * The citation a "with source" completion asks for once its wording is in the document: the
 * claim it now forms there, or, where the words around it do not make a claim the engine
 * recognises, the chosen source right after the wording.
 */
export function citeAt(doc: TextDocument, outcome: Checked, offset: number, termId: string, sourceUrl: string): TextEdit[] {
  const claim = touching(citable(outcome), offset, offset).find((f) => f.termId === termId);
  let target = claim;
  if (!target) {
    const entry = Object.entries(outcome.model.sources).find(([, s]) => s.url === sourceUrl);
    if (!entry) return [];
    const [id, s] = entry;
    target = {
      ruleId: termId, kind: 'current', severity: 'hint', message: '', start: offset, end: offset, text: '', termId,
      asserted: '', expected: '', explanation: '', sentenceStart: offset, sentenceEnd: offset,
      sources: [{ id, title: s.title, publisher: s.publisher, date: s.date, url: s.url, official: s.official }],
    };
  }
  return lspEdits(doc, citeEdits(doc.getText(), [target], outcome.languageId));
}

function edit(doc: TextDocument, edits: CiteEdit[]) {
  return { changes: { [doc.uri]: lspEdits(doc, edits) } };
}

/**
 * Engine edits as LSP edits. A reference inserted where the footnote definitions begin (a claim
 * in the document's last sentence) is joined to that edit: clients order an insert and a
 * replacement that start at one position differently, and one edit leaves no room for that.
 */
function lspEdits(doc: TextDocument, edits: CiteEdit[]): TextEdit[] {
  const joined: CiteEdit[] = [];
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = joined[joined.length - 1];
    if (last && last.start === last.end && last.start === e.start) joined[joined.length - 1] = { start: e.start, end: e.end, newText: last.newText + e.newText };
    else joined.push(e);
  }
  return joined.map((e) => toTextEdit(doc, e.start, e.end, e.newText));
}
