import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, codeOf, diagnosticsWhere, fixture } from './helpers';

describe('extension: diagnostics', () => {
  before(activated);

  it('warns about the stale stake in a Markdown file of the workspace', async () => {
    const uri = fixture('stale.md');
    await vscode.window.showTextDocument(uri);
    const [d] = await diagnosticsWhere(uri, (ds) => ds.length > 0);
    assert.equal(codeOf(d), 'equity.microsoft-stake');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(d.range.isEqual(new vscode.Range(2, 18, 2, 23)), JSON.stringify(d.range));
    assert.match(typeof d.code === 'object' ? d.code.target.toString() : '', /^https:/);
  });

  it('checks plain text too', async () => {
    const uri = fixture('notes.txt');
    await vscode.window.showTextDocument(uri);
    const ds = await diagnosticsWhere(uri, (x) => x.length > 0);
    assert.deepEqual(ds.map(codeOf), ['equity.microsoft-stake']);
  });

  it('checks the whole workspace from the command', async () => {
    const result = await vscode.commands.executeCommand<{ files: number; problems: number }>('agreementLens.checkWorkspace');
    assert.deepEqual(result, { files: 3, problems: 2 });
  });
});
