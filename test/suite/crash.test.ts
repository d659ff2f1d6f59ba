import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import * as vscode from 'vscode';
import { activated, diagnosticsWhere, STALE, until, untitled } from './helpers';

// If the language server dies, the client starts it again and the diagnostics come back.
describe('extension: the server dies', function () {
  this.timeout(40_000);
  afterEach(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  it('is restarted by the client, and diagnostics come back', async () => {
    const api = await activated();
    const editor = await untitled(`${STALE}\n`);
    const uri = editor.document.uri;
    await diagnosticsWhere(uri, (ds) => ds.length === 1);
    // The node client keeps the child it started here; no public API exposes it.
    const child = (api.client as unknown as { _serverProcess?: ChildProcess })._serverProcess;
    assert.ok(child?.pid, 'the server runs as a child process of the extension host');
    const pid = child.pid;
    process.kill(pid, 'SIGKILL');
    // Wait until a new server process is running, then edit: the fresh server must check.
    await until('a restarted server', vscode.languages.onDidChangeDiagnostics, () => {
      const next = (api.client as unknown as { _serverProcess?: ChildProcess })._serverProcess;
      return next?.pid && next.pid !== pid && api.client?.isRunning() ? true : undefined;
    }, 30_000);
    await editor.edit((e) => e.insert(new vscode.Position(1, 0), `\n${STALE}\n`));
    const ds = await diagnosticsWhere(uri, (d) => d.length === 2, 20_000);
    assert.equal(ds.length, 2);
  });
});
