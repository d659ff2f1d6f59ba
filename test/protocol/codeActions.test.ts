// Code actions over JSON-RPC: the preferred quick fix, fix-all (the source.fixAll kind that
// editor.codeActionsOnSave asks for), and the two suppression comments. Each edit is applied
// to the document, sent back as an incremental change, and the re-check must come back clean.
import assert from 'node:assert/strict';
import { CodeActionRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { TestClient } from './lsp-client';

const STALE = 'Microsoft holds a 32.5% stake in OpenAI.';

describe('protocol: code actions', () => {
  let client: TestClient;
  beforeEach(async () => {
    client = await TestClient.start();
  });
  afterEach(async () => {
    await client.stop();
  });

  async function actionsAt(uri: string, d: Diagnostic, only?: string[], withDiagnostics = true): Promise<CodeAction[]> {
    const result = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: d.range, context: { diagnostics: withDiagnostics ? [d] : [], only },
    });
    return (result ?? []) as CodeAction[];
  }

  async function applyAndRecheck(uri: string, action: CodeAction): Promise<{ text: string; diagnostics: Diagnostic[] }> {
    const [text] = await client.applyEdit(action.edit!);
    const version = client.version(uri);
    return { text, diagnostics: await client.diagnostics(uri, (p) => p.version === version) };
  }

  it('offers a preferred quick fix that removes the finding', async () => {
    const uri = 'untitled:fix.md';
    await client.open(uri, `${STALE}\n`);
    const [d] = await client.diagnostics(uri);
    const fix = (await actionsAt(uri, d)).find((a) => a.isPreferred);
    assert.ok(fix, 'a preferred quick fix');
    assert.equal(fix.kind, 'quickfix');
    const { text, diagnostics } = await applyAndRecheck(uri, fix);
    assert.equal(text, 'Microsoft holds a 27% stake in OpenAI.\n');
    assert.deepEqual(diagnostics, []);
  });

  it('computes the fix from the document when the client sends no diagnostics (Vim ALE)', async () => {
    const uri = 'untitled:ale.md';
    await client.open(uri, `${STALE}\n`);
    const [d] = await client.diagnostics(uri);
    const fix = (await actionsAt(uri, { ...d, range: { start: d.range.start, end: d.range.start } }, undefined, false)).find((a) => a.isPreferred);
    assert.ok(fix?.edit, 'a fix from the cursor position alone');
  });

  it('fixes all problems in the file through source.fixAll.agreementLens', async () => {
    const uri = 'untitled:all.md';
    await client.open(uri, `${STALE}\n\nLater on: ${STALE}\n`);
    const diagnostics = await client.diagnostics(uri);
    assert.equal(diagnostics.length, 2);
    const actions = await actionsAt(uri, diagnostics[0], ['source.fixAll']);
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.agreementLens']);
    const { text, diagnostics: after } = await applyAndRecheck(uri, actions[0]);
    assert.equal(text.match(/27%/g)?.length, 2);
    assert.deepEqual(after, []);
  });

  it('disables the rule for one line with a comment above it (Markdown)', async () => {
    const uri = 'untitled:line.md';
    await client.open(uri, `# Title\n\n  ${STALE}\n`);
    const [d] = await client.diagnostics(uri);
    const action = (await actionsAt(uri, d)).find((a) => a.title.startsWith('Disable agreement-lens for this line'));
    assert.ok(action);
    const { text, diagnostics } = await applyAndRecheck(uri, action);
    assert.equal(text, `# Title\n\n  <!-- agreement-lens-disable-next-line equity.microsoft-stake -->\n  ${STALE}\n`);
    assert.deepEqual(diagnostics, []);
  });

  it('disables the rule for one line in plain text', async () => {
    const uri = 'untitled:line.txt';
    await client.open(uri, `${STALE}\r\n`, 'plaintext');
    const [d] = await client.diagnostics(uri);
    const action = (await actionsAt(uri, d)).find((a) => a.title.startsWith('Disable agreement-lens for this line'));
    const { text, diagnostics } = await applyAndRecheck(uri, action!);
    assert.equal(text, `agreement-lens-disable-next-line equity.microsoft-stake\r\n${STALE}\r\n`);
    assert.deepEqual(diagnostics, []);
  });

  it('disables agreement-lens for the file, after the front matter', async () => {
    const uri = 'untitled:file.md';
    await client.open(uri, `---\ntitle: Notes\n---\n${STALE}\n`);
    const [d] = await client.diagnostics(uri);
    const action = (await actionsAt(uri, d)).find((a) => a.title === 'Disable agreement-lens for this file');
    const { text, diagnostics } = await applyAndRecheck(uri, action!);
    assert.equal(text, `---\ntitle: Notes\n---\n<!-- agreement-lens-disable-file -->\n${STALE}\n`);
    assert.deepEqual(diagnostics, []);
  });

  it('answers an unknown document with no actions', async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    assert.deepEqual(await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: 'untitled:none.md' }, range, context: { diagnostics: [] } }), []);
  });
});
