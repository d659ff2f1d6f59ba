import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, diagnosticsWhere, until, untitled } from './helpers';

const ADD_SOURCE = 'refactor.rewrite.addSource.agreementLens';

describe('extension: for writers', () => {
  before(activated);
  afterEach(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  it('adds a source to a claim as a footnote, and shows where the document stands in a code lens', async () => {
    const editor = await untitled('# Notes\n\nMicrosoft holds about 27% of OpenAI. More text.\n');
    const doc = editor.document;
    // Checked once the server has published (an empty list: the claim is current).
    await diagnosticsWhere(doc.uri, () => true);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    const lens = lenses.find((l) => l.command?.title.startsWith('Checked against the terms of'));
    assert.ok(lens, JSON.stringify(lenses.map((l) => l.command?.title)));
    assert.equal(lens.command!.title, 'Checked against the terms of 2026-04-29: 1 current · 0 stale · 0 wrong');
    assert.equal(lens.range.start.line, 0);
    const api = await activated();
    await until('the summary in the status tooltip', api.onDidChangeStatus, () => (api.statusTooltip().includes(lens.command!.title) ? true : undefined));
    await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));

    const at = doc.getText().indexOf('27%');
    const range = new vscode.Range(doc.positionAt(at), doc.positionAt(at + 3));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, ADD_SOURCE);
    const cite = actions.find((a) => a.kind?.value === ADD_SOURCE && a.title.startsWith('Add source'));
    assert.ok(cite?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(cite.edit));
    assert.equal(doc.lineAt(2).text, 'Microsoft holds about 27% of OpenAI.[^1] More text.');
    assert.match(doc.getText(), /\n\n\[\^1\]: Microsoft \(Official Microsoft Blog\), "The next chapter of the Microsoft–OpenAI partnership" \(2025-10-28\)\. https:\/\/blogs\.microsoft\.com\/\S+\n$/);
  });

  it('completes the official wording after a term cue, and cites it with the "with source" item', async () => {
    const editor = await untitled('Microsoft’s stake \n');
    const doc = editor.document;
    await diagnosticsWhere(doc.uri, () => true);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 18), ' ');
    const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
    const item = list.items.find((i) => label(i) === '27%' && !i.command);
    assert.ok(item, list.items.map(label).join(' | '));
    assert.match(item.detail ?? '', /since 2025-10-28/);
    // Accepting the "with source" item: its text, then its command (as the editor does).
    const cited = list.items.find((i) => label(i) === '27%' && i.command)!;
    const range = cited.range instanceof vscode.Range ? cited.range : cited.range!.inserting;
    assert.ok(await editor.edit((b) => b.replace(range, String(cited.insertText))));
    await vscode.commands.executeCommand(cited.command!.command, ...(cited.command!.arguments ?? []));
    assert.equal(doc.lineAt(0).text, 'Microsoft’s stake 27%[^1]');
    assert.match(doc.getText(), /\n\[\^1\]: Microsoft \(Official Microsoft Blog\)/);
  });
});
