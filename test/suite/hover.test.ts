import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, fixture } from './helpers';

describe('extension: hover', () => {
  before(activated);

  it('explains a current claim with its term and sources', async () => {
    const uri = fixture('current.md');
    const editor = await vscode.window.showTextDocument(uri);
    const at = editor.document.positionAt(editor.document.getText().indexOf('27%') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Microsoft's stake in OpenAI/);
    assert.match(text, /\]\(https:\/\//);
  });
});
