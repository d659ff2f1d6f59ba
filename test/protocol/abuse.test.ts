// The server under abuse: it never crashes and answers every request.
import assert from 'node:assert/strict';
import {
  CodeActionRequest, CompletionRequest, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, ExitNotification,
  HoverRequest, InlayHintRequest, ShutdownRequest,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createChecker } from '../../server/src/engine';
import { builtinModel } from '../../server/src/terms/model';
import { AS_OF, TestClient } from './lsp-client';

const STALE = 'Microsoft holds a 32.5% stake in OpenAI.';
const checker = createChecker(builtinModel);

/** A tiny deterministic generator, so a failing burst can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

describe('protocol: the server under abuse', function () {
  this.timeout(60_000);

  it('1,000 incremental edits in a burst end in the diagnostics of the final text', async () => {
    const client = await TestClient.start();
    const uri = 'untitled:burst.md';
    let doc = TextDocument.create(uri, 'markdown', 1, Array.from({ length: 40 }, (_, i) => (i % 3 ? 'Plain prose here.' : STALE)).join('\n\n'));
    await client.open(uri, doc.getText());
    const rnd = random(7);
    const snippets = ['x', ' ', '\n', '32.5%', '27%', 'right of first refusal', ''];
    for (let i = 0; i < 1000; i++) {
      const text = doc.getText();
      const at = Math.floor(rnd() * text.length);
      const del = Math.floor(rnd() * 3);
      const range = { start: doc.positionAt(at), end: doc.positionAt(Math.min(text.length, at + del)) };
      const change = { range, text: snippets[Math.floor(rnd() * snippets.length)] };
      doc = TextDocument.update(doc, [change], doc.version + 1);
      void client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: doc.version }, contentChanges: [change] });
    }
    const expected = checker.check(doc.getText(), { asOf: AS_OF }).findings.filter((f) => f.kind === 'stale' || f.kind === 'wrong').length;
    const final = await client.diagnostics(uri, (p) => p.version === doc.version, 0);
    assert.equal(final.filter((d) => d.severity === 2).length, expected);
    assert.equal(await client.stop(), 0);
  });

  it('answers positions and ranges past the end of a document', async () => {
    const client = await TestClient.start();
    const uri = 'untitled:past-end.md';
    await client.open(uri, `${STALE}\n`);
    await client.diagnostics(uri);
    const far = { line: 9999, character: 9999 };
    const textDocument = { uri };
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument, position: far }), null);
    const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument, range: { start: far, end: far }, context: { diagnostics: [] } });
    assert.ok(Array.isArray(actions));
    assert.deepEqual(await client.connection.sendRequest(InlayHintRequest.type, { textDocument, range: { start: far, end: { line: 99999, character: 0 } } }), []);
    await client.connection.sendRequest(CompletionRequest.type, { textDocument, position: far }).catch(() => undefined);
    assert.ok(await client.connection.sendRequest(HoverRequest.type, { textDocument, position: { line: 0, character: 19 } }), 'still serving');
    assert.equal(await client.stop(), 0);
  });

  it('skips a 50 MB document with one message and stays responsive', async () => {
    const client = await TestClient.start();
    const big = 'untitled:big.md';
    const line = `${STALE} ${'Filler words about nothing in particular. '.repeat(20)}\n`;
    await client.open(big, line.repeat(Math.ceil(50e6 / line.length)));
    const diags = await client.diagnostics(big, () => true, 0);
    assert.equal(diags.length, 1);
    assert.equal(diags[0].severity, 3, 'information');
    const small = 'untitled:small.md';
    await client.open(small, `${STALE}\n`);
    assert.equal((await client.diagnostics(small)).length, 1);
    assert.equal(await client.stop(), 0);
  });

  it('applies the last of several settings changes sent while a check is under way', async () => {
    const client = await TestClient.start();
    const uri = 'untitled:settings.md';
    await client.open(uri, `${STALE}\n\nAzure API exclusivity remains in place until AGI.\n`);
    await client.diagnostics(uri);
    const before = client.publishedCount(uri);
    await client.configure({ severity: { stale: 'off' } });
    await client.configure({ asOf: '2025-11-01' });
    await client.configure({ severity: { 'equity.microsoft-stake': 'error' }, asOf: '2025-11-01' });
    // As of 2025-11-01 the exclusivity sentence is current; the stake stays stale, now an error.
    const last = await client.diagnostics(uri, (p) => p.diagnostics.length === 1 && p.diagnostics[0].severity === 1, before);
    assert.equal(last[0].code, 'equity.microsoft-stake');
    assert.equal(await client.stop(), 0);
  });

  it('ignores changes and closes for documents it never opened', async () => {
    const client = await TestClient.start();
    const uri = 'untitled:ghost.md';
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: STALE }] });
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    const real = 'untitled:real.md';
    await client.open(real, `${STALE}\n`);
    assert.equal((await client.diagnostics(real)).length, 1);
    assert.equal(await client.stop(), 0);
  });

  it('exits with 1 on exit without shutdown, as the protocol says', async () => {
    const client = await TestClient.start();
    const exited = new Promise<number | null>((done) => client.child.once('exit', done));
    await client.connection.sendNotification(ExitNotification.type);
    assert.equal(await exited, 1);
    client.connection.dispose();
  });

  it('answers a second shutdown and exits 0 after it', async () => {
    const client = await TestClient.start();
    await client.connection.sendRequest(ShutdownRequest.type);
    await client.connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
    const exited = new Promise<number | null>((done) => client.child.once('exit', done));
    await client.connection.sendNotification(ExitNotification.type);
    assert.equal(await exited, 0);
    client.connection.dispose();
  });
});
