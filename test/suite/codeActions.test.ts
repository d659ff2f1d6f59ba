import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, diagnosticsWhere, STALE, untitled } from './helpers';

describe('extension: quick fix and fix all', () => {
  before(activated);
  afterEach(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  it('applies the preferred quick fix and the warning goes away', async () => {
    const editor = await untitled(`${STALE}\n`);
    const uri = editor.document.uri;
    const [d] = await diagnosticsWhere(uri, (ds) => ds.length > 0);
    const fix = await preferredFix(uri, d.range);
    assert.ok(fix?.edit, 'a preferred quick fix with an edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.lineAt(0).text, 'Microsoft holds a 27% stake in OpenAI.');
    await diagnosticsWhere(uri, (ds) => ds.length === 0);
  });

  it('fixes every problem in the file from the Fix All command', async () => {
    const editor = await untitled(`${STALE}\n\nAgain: ${STALE}\n`);
    const uri = editor.document.uri;
    await diagnosticsWhere(uri, (ds) => ds.length === 2);
    assert.equal(await vscode.commands.executeCommand('agreementLens.fixAll'), true);
    assert.equal(editor.document.getText().match(/27%/g)?.length, 2);
    await diagnosticsWhere(uri, (ds) => ds.length === 0);
  });
});

/**
 * The preferred quick fix at a range. The diagnostics can reach the editor before the client
 * answers code actions for the same version (a busy machine shows it): ask again on each
 * diagnostics change, and a few times after, before giving up.
 */
async function preferredFix(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction | undefined> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred && a.edit);
    if (fix) return fix;
    await new Promise<void>((resolve) => {
      const sub = vscode.languages.onDidChangeDiagnostics(() => { sub.dispose(); resolve(); });
      setTimeout(() => { sub.dispose(); resolve(); }, 250);
    });
  }
  return undefined;
}
