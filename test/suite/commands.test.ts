import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, diagnosticsWhere, STALE, until, untitled } from './helpers';

describe('extension: commands', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('shows the terms model as a Markdown preview', async () => {
    await activated();
    await vscode.commands.executeCommand('agreementLens.showTermsModel');
    // The preview reads the virtual document when it renders, which may be after the command returns.
    const doc = await until('the terms model document', vscode.workspace.onDidOpenTextDocument,
      () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'agreement-lens'));
    assert.match(doc.getText(), /Microsoft's stake in OpenAI/);
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    assert.ok(tabs.some((t) => t.input instanceof vscode.TabInputWebview && /preview/i.test(t.label)), tabs.map((t) => t.label).join(', '));
  });

  it('restarts the server and checks again', async () => {
    const api = await activated();
    const before = api.client;
    await vscode.commands.executeCommand('agreementLens.restartServer');
    await api.ready();
    assert.notEqual(api.client, before);
    assert.ok(api.client?.isRunning());
    const editor = await untitled(`${STALE}\n`);
    await diagnosticsWhere(editor.document.uri, (ds) => ds.length === 1);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
