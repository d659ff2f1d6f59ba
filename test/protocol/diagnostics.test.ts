// Diagnostics over JSON-RPC: pushed after open and after an incremental edit, pulled by
// clients that ask (and then not pushed), the size limit, the status notification and
// Check Workspace's request for files that are not open.
import assert from 'node:assert/strict';
import { DocumentDiagnosticRequest, DiagnosticSeverity, HoverRequest, type FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { CHECK_TEXT, STATUS, type CheckTextResult, type StatusParams } from '../../server/src/lsp/protocol';
import { TestClient } from './lsp-client';

const STALE = 'Microsoft holds a 32.5% stake in OpenAI.';
const at = STALE.indexOf('32.5%');

describe('protocol: diagnostics', () => {
  let client: TestClient;
  afterEach(async () => {
    await client?.stop();
  });

  it('pushes a stale-stake warning with code, source, link and exact range, and clears it after an incremental fix', async () => {
    client = await TestClient.start({ initializationOptions: { status: true } });
    const uri = 'untitled:stake.md';
    await client.open(uri, `# Notes\n\n${STALE}\n`);
    const [d, ...rest] = await client.diagnostics(uri);
    assert.equal(rest.length, 0);
    assert.equal(d.code, 'equity.microsoft-stake');
    assert.equal(d.source, 'agreement-lens');
    assert.equal(d.severity, DiagnosticSeverity.Warning);
    assert.match(d.codeDescription?.href ?? '', /^https:\/\//);
    assert.deepEqual(d.range, { start: { line: 2, character: at }, end: { line: 2, character: at + 5 } });
    assert.equal((d.data as { replacement?: string }).replacement, '27%');

    await client.waitFor('a status notification', () => client.notifications.some((n) => n.method === STATUS));
    const status = client.notifications.find((n) => n.method === STATUS)!.params as StatusParams;
    assert.deepEqual({ uri: status.uri, stale: status.stale }, { uri, stale: 1 });

    await client.edit(uri, [{ range: d.range, newText: '27%' }]);
    assert.deepEqual(await client.diagnostics(uri, (p) => p.version === 2), []);
  });

  it('answers pull diagnostics (LSP 3.17) and then does not push', async () => {
    client = await TestClient.start({ pull: true });
    assert.ok(client.initializeResult.capabilities.diagnosticProvider, 'diagnosticProvider advertised');
    const uri = 'untitled:pull.md';
    await client.open(uri, `${STALE}\n`);
    const pull = () => client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }) as Promise<FullDocumentDiagnosticReport>;
    const first = await pull();
    assert.equal(first.kind, 'full');
    assert.deepEqual(first.items.map((d) => d.code), ['equity.microsoft-stake']);
    const again = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: first.resultId });
    assert.equal(again.kind, 'unchanged');

    await client.edit(uri, [{ range: first.items[0].range, newText: '27%' }]);
    assert.deepEqual((await pull()).items, []);
    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(client.publishedCount(uri), 0, 'nothing pushed for an open document in pull mode');
  });

  it('pushes without a debounce on open and pull capability absent: no diagnosticProvider', async () => {
    client = await TestClient.start();
    assert.equal(client.initializeResult.capabilities.diagnosticProvider, undefined);
    assert.equal(client.initializeResult.capabilities.textDocumentSync && (client.initializeResult.capabilities.textDocumentSync as { change: number }).change, 2);
  });

  it('skips a file over maxFileSize with one information diagnostic', async () => {
    client = await TestClient.start({ settings: { maxFileSize: 100 } });
    const uri = 'untitled:big.md';
    await client.open(uri, `${STALE}\n\n${'Filler text about nothing in particular. '.repeat(10)}\n`);
    const diagnostics = await client.diagnostics(uri);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].severity, DiagnosticSeverity.Information);
    assert.match(diagnostics[0].message, /maxFileSize/);
  });

  it('checks a file that is not open (Check Workspace) and publishes its diagnostics', async () => {
    client = await TestClient.start();
    const uri = 'file:///nowhere/closed.md';
    const result = await client.connection.sendRequest<CheckTextResult>(CHECK_TEXT, { uri, languageId: 'markdown', text: `${STALE}\n` });
    assert.equal(result.problems, 1);
    assert.deepEqual((await client.diagnostics(uri)).map((d) => d.code), ['equity.microsoft-stake']);
  });

  it('reads plain text too, and leaves other languages alone', async () => {
    client = await TestClient.start();
    await client.open('untitled:notes.txt', `${STALE}\n`, 'plaintext');
    await client.open('untitled:code.ts', `// ${STALE}\n`, 'typescript');
    assert.equal((await client.diagnostics('untitled:notes.txt')).length, 1);
    assert.deepEqual(await client.diagnostics('untitled:code.ts'), []);
  });
});
