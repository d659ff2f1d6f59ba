// Lifecycle and robustness: capabilities, answers for unknown documents, a cancelled request,
// and a clean shutdown/exit (exit code 0).
import assert from 'node:assert/strict';
import { CancellationTokenSource, DocumentDiagnosticRequest, HoverRequest, InlayHintRequest } from 'vscode-languageserver-protocol/node';
import { TestClient } from './lsp-client';

describe('protocol: lifecycle', () => {
  it('advertises its features', async () => {
    const client = await TestClient.start();
    const caps = client.initializeResult.capabilities;
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds,
      ['quickfix', 'source.fixAll.agreementLens', 'refactor.rewrite.addSource.agreementLens', 'source.addSources.agreementLens']);
    assert.ok(caps.inlayHintProvider);
    assert.ok(caps.codeLensProvider);
    assert.deepEqual(caps.completionProvider?.triggerCharacters, [' ']);
    assert.deepEqual(caps.executeCommandProvider?.commands, ['agreementLens.addSource']);
    assert.equal(await client.stop(), 0);
  });

  it('answers requests about unknown documents with null or empty results', async () => {
    const client = await TestClient.start({ pull: true });
    const textDocument = { uri: 'untitled:unknown.md' };
    const position = { line: 0, character: 0 };
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument, position }), null);
    assert.deepEqual(await client.connection.sendRequest(InlayHintRequest.type, { textDocument, range: { start: position, end: position } }), []);
    assert.deepEqual(await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument }), { kind: 'full', items: [] });
    assert.equal(await client.stop(), 0);
  });

  it('keeps serving after a cancelled request', async () => {
    const client = await TestClient.start();
    const uri = 'untitled:cancel.md';
    await client.open(uri, 'Microsoft holds a 32.5% stake in OpenAI.\n');
    const source = new CancellationTokenSource();
    const cancelled = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 20 } }, source.token);
    source.cancel();
    await cancelled.catch(() => undefined);
    assert.equal((await client.diagnostics(uri)).length, 1);
    assert.ok(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 20 } }));
    assert.equal(await client.stop(), 0);
  });
});
