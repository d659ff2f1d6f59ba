import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, fixture } from './helpers';

describe('extension: activation', () => {
  it('activates on a Markdown file and starts the language server', async () => {
    await vscode.window.showTextDocument(fixture('current.md'));
    const api = await activated();
    assert.ok(api.client?.isRunning(), 'the language client is running');
    // Printed for the benchmark notes; never asserted: shared machines are noisy.
    console.log(`      activation: ${api.activationMs} ms (activate() returns; the server then starts in the background)`);
  });

  it('registers its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['checkWorkspace', 'fixAll', 'showTermsModel', 'restartServer']) {
      assert.ok(commands.includes(`agreementLens.${id}`), `agreementLens.${id}`);
    }
  });
});
