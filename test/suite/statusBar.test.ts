import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, fixture, until } from './helpers';

describe('extension: status bar', () => {
  it('counts the stale claims of the active file', async () => {
    const api = await activated();
    await vscode.window.showTextDocument(fixture('stale.md'));
    const text = await until('the status text', api.onDidChangeStatus, () => (/1 stale/.test(api.statusText()) ? api.statusText() : undefined));
    assert.match(text, /\$\(law\) 1 stale/);
    await vscode.window.showTextDocument(fixture('current.md'));
    await until('a zero count', api.onDidChangeStatus, () => (/0 stale/.test(api.statusText()) ? true : undefined));
  });
});
