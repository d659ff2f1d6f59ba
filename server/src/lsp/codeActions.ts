// Quick fixes, "fix all", the two suppression comments, and citing sources (sources.ts). Fixes
// are computed from the document's current findings, not only from `context.diagnostics`: some
// clients (Vim ALE) send diagnostics without `source` or `data`, and a cursor position must be enough.
import {
  CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic, type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/types';
import { SOURCE, toDiagnostic, toOffset, toTextEdit } from './convert';
import { fixable, problems, touching, type Checked } from './outcome';
import { ADD_SOURCE_KIND, ADD_SOURCES_KIND, addSourceActions, addSourcesAll } from './sources';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.agreementLens`;
export const FIX_ALL_TITLE = 'Fix all agreement-lens problems in file';

export function codeActions(doc: TextDocument, outcome: Checked, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const fixes = fixable(outcome);
  // Whole-file source actions only when asked for by kind, as VS Code does for source actions.
  if (only?.some((k) => covers(k, FIX_ALL_KIND))) {
    if (fixes.length) actions.push(fixAll(doc, fixes, FIX_ALL_KIND));
  }
  if (only?.some((k) => covers(k, ADD_SOURCES_KIND))) {
    const all = addSourcesAll(doc, outcome, ADD_SOURCES_KIND);
    if (all) actions.push(all);
  }
  const wants = (kind: string) => !only || only.some((k) => covers(k, kind));
  const start = toOffset(doc, params.range.start);
  const end = toOffset(doc, params.range.end);

  if (wants(CodeActionKind.QuickFix)) {
    const here = touching(problems(outcome), start, end);
    for (const f of here) {
      if (fixes.includes(f)) actions.push(quickFix(doc, f, params.context.diagnostics));
    }
    if (fixes.length) actions.push(fixAll(doc, fixes, CodeActionKind.QuickFix));
    for (const ruleId of new Set(here.map((f) => f.ruleId))) {
      const f = here.find((x) => x.ruleId === ruleId)!;
      actions.push(disableLine(doc, outcome.languageId, f));
    }
    if (here.length) actions.push(disableFile(doc, outcome.languageId));
  }

  if (wants(ADD_SOURCE_KIND)) {
    const cite = addSourceActions(doc, outcome, start, end);
    actions.push(...cite);
    // Next to a claim, the whole-file variant too, when it would cite more than this one.
    const all = cite.length ? addSourcesAll(doc, outcome, ADD_SOURCE_KIND) : undefined;
    if (all && !cite.some((c) => JSON.stringify(c.edit) === JSON.stringify(all.edit))) actions.push(all);
  }
  return actions;
}

/** `requested` (from `only`) covers `kind` when it is the kind or one of its parents. */
function covers(requested: string, kind: string): boolean {
  return requested === '' || requested === kind || kind.startsWith(`${requested}.`);
}

function quickFix(doc: TextDocument, f: Finding, sent: Diagnostic[]): CodeAction {
  const action = CodeAction.create(`Replace "${f.text}" with "${f.replacement}"`, edit(doc, [toTextEdit(doc, f.start, f.end, f.replacement!)]), CodeActionKind.QuickFix);
  action.isPreferred = true;
  action.diagnostics = matching(doc, f, sent);
  return action;
}

/** The client's own diagnostic objects where it sent them, so it can link fix and squiggle. */
function matching(doc: TextDocument, f: Finding, sent: Diagnostic[]): Diagnostic[] {
  const own = sent.filter((d) => (d.source === undefined || d.source === SOURCE)
    && (d.code === undefined || d.code === f.ruleId)
    && toOffset(doc, d.range.start) === f.start && toOffset(doc, d.range.end) === f.end);
  return own.length ? own : [toDiagnostic(doc, f)];
}

function fixAll(doc: TextDocument, fixes: Finding[], kind: string): CodeAction {
  const edits: TextEdit[] = [];
  let last = -1;
  // Sorted and without overlaps: an edit list with overlapping ranges is invalid in LSP.
  for (const f of [...fixes].sort((a, b) => a.start - b.start)) {
    if (f.start < last) continue;
    edits.push(toTextEdit(doc, f.start, f.end, f.replacement!));
    last = f.end;
  }
  return CodeAction.create(FIX_ALL_TITLE, edit(doc, edits), kind);
}

function disableLine(doc: TextDocument, languageId: string, f: Finding): CodeAction {
  const text = doc.getText();
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  // Keep the line's indentation and blockquote markers, so the comment stays in the same block.
  const prefix = /^[ \t>]*/.exec(text.slice(lineStart, f.start))![0];
  const comment = languageId === 'markdown'
    ? `<!-- agreement-lens-disable-next-line ${f.ruleId} -->`
    : `agreement-lens-disable-next-line ${f.ruleId}`;
  return CodeAction.create(`Disable agreement-lens for this line (${f.ruleId})`,
    edit(doc, [toTextEdit(doc, lineStart, lineStart, `${prefix}${comment}${eol(text)}`)]), CodeActionKind.QuickFix);
}

function disableFile(doc: TextDocument, languageId: string): CodeAction {
  const text = doc.getText();
  const markdown = languageId === 'markdown';
  const at = markdown ? afterFrontMatter(text) : text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const comment = markdown ? '<!-- agreement-lens-disable-file -->' : 'agreement-lens-disable-file';
  // Front matter that ends the file without a newline needs one before the comment.
  const before = at === text.length && at > 0 && !text.endsWith('\n') ? eol(text) : '';
  return CodeAction.create('Disable agreement-lens for this file',
    edit(doc, [toTextEdit(doc, at, at, `${before}${comment}${eol(text)}`)]), CodeActionKind.QuickFix);
}

/** Offset of the first line after YAML front matter (`---` … `---`/`...`), or 0 (after a BOM). */
export function afterFrontMatter(text: string): number {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = /^---[ \t]*\r?\n/.exec(text.slice(bom));
  if (!open) return bom;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const rest = text.slice(bom + open[0].length);
  const m = close.exec(rest);
  return m ? bom + open[0].length + m.index + m[0].length : bom;
}

function eol(text: string): string {
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}

function edit(doc: TextDocument, edits: TextEdit[]) {
  return { changes: { [doc.uri]: edits } };
}
