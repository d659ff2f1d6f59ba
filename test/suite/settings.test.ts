import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, diagnosticsWhere, STALE, untitled } from './helpers';

describe('extension: settings', () => {
  before(activated);
  afterEach(async () => {
    await vscode.workspace.getConfiguration('agreementLens').update('severity', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('applies a severity change live', async () => {
    const editor = await untitled(`${STALE}\n`);
    const uri = editor.document.uri;
    await diagnosticsWhere(uri, (ds) => ds.length === 1);
    await vscode.workspace.getConfiguration('agreementLens').update('severity', { 'equity.microsoft-stake': 'off' }, vscode.ConfigurationTarget.Global);
    await diagnosticsWhere(uri, (ds) => ds.length === 0);
    await vscode.workspace.getConfiguration('agreementLens').update('severity', { stale: 'error' }, vscode.ConfigurationTarget.Global);
    const [d] = await diagnosticsWhere(uri, (ds) => ds.length === 1 && ds[0].severity === vscode.DiagnosticSeverity.Error);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
  });
});
