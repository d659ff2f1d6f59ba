// Completion of official wording: after a term cue ("Microsoft's stake ", "IP rights "), the
// wording in force on the document's as-of date, its date as detail and its source in the
// documentation. Each wording comes twice: as is, and "with source", which also cites the
// source once inserted (through the ADD_SOURCE_COMMAND the server executes).
// Only the current line before the cursor is read, so a keystroke never costs a document check.
import { CompletionItemKind, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompiledModel } from '../engine/compile';
import { completions, triggerPhrases } from '../engine/completion';

export const ADD_SOURCE_COMMAND = 'agreementLens.addSource';
/** What a "with source" item asks the server to cite once its text is in the document. */
export interface AddSourceArgs {
  uri: string;
  /** The end of the inserted wording. */
  position: Position;
  termId: string;
  sourceUrl: string;
}

/** The cue is at most a few words: a long line (a whole Markdown paragraph) is cut to its end. */
const MAX_PREFIX = 200;

/** Trigger phrases per compiled model, found once: the model changes only with the config. */
const triggersOf = new WeakMap<CompiledModel, Map<string, Set<string>>>();

function triggersFor(cm: CompiledModel): Map<string, Set<string>> {
  let t = triggersOf.get(cm);
  if (!t) triggersOf.set(cm, (t = triggerPhrases(cm)));
  return t;
}

export function completionItems(doc: TextDocument, position: Position, cm: CompiledModel, asOf: string, labelDetails = true): CompletionItem[] {
  const line = doc.getText({ start: { line: position.line, character: 0 }, end: position });
  const prefix = line.slice(-MAX_PREFIX);
  const triggers = triggersFor(cm);
  const found = completions(cm, triggers, prefix, asOf);
  // Invoked right after the cue ("…stake|"), the wording needs its own space.
  const lead = prefix === '' || /\s$/.test(prefix) ? '' : ' ';
  const range = { start: position, end: position };
  const items: CompletionItem[] = [];
  found.forEach((c, i) => {
    const item: CompletionItem = {
      label: c.label,
      kind: CompletionItemKind.Value,
      detail: c.detail,
      documentation: { kind: MarkupKind.Markdown, value: c.documentation },
      textEdit: { range, newText: lead + c.insertText },
      filterText: c.insertText,
      sortText: `0${String(i).padStart(4, '0')}`,
    };
    items.push(item);
    if (!c.sourceUrl) return;
    const end = { line: position.line, character: position.character + lead.length + c.insertText.length };
    const args: AddSourceArgs = { uri: doc.uri, position: end, termId: c.termId, sourceUrl: c.sourceUrl };
    items.push({
      ...item,
      ...(labelDetails ? { labelDetails: { description: 'with source' } } : { label: `${c.label} (with source)` }),
      sortText: `1${String(i).padStart(4, '0')}`,
      command: { title: 'Add source', command: ADD_SOURCE_COMMAND, arguments: [args] },
    });
  });
  return items;
}
