// Hover on recognised references (current ones too), inlay hints, and the terms model request.
import assert from 'node:assert/strict';
import { HoverRequest, InlayHintRequest, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { TERMS_MARKDOWN, type TermsMarkdownResult } from '../../server/src/lsp/protocol';
import { builtinModel } from '../../server/src/terms/model';
import { TestClient } from './lsp-client';

const CURRENT = 'Microsoft now holds about 27% of OpenAI.';
const STALE = 'Microsoft holds a 32.5% stake in OpenAI.';
const stakeTitle = builtinModel.terms.find((t) => t.id === 'equity.microsoft-stake')!.title;

describe('protocol: hover, inlay hints, terms model', () => {
  let client: TestClient;
  afterEach(async () => {
    await client?.stop();
  });

  it('hovers a current claim with the term, its timeline and a source link', async () => {
    client = await TestClient.start();
    const uri = 'untitled:current.md';
    await client.open(uri, `${CURRENT}\n`);
    assert.deepEqual(await client.diagnostics(uri), [], 'a current claim is not a problem');
    const character = CURRENT.indexOf('27%') + 1;
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character } });
    assert.ok(hover, 'hover answered');
    const value = (hover.contents as MarkupContent).value;
    assert.ok(value.includes(stakeTitle) || value.includes(escapeMd(stakeTitle)), value);
    assert.match(value, /\]\(https:\/\/[^)]+\)/, 'a source as a Markdown link');
    assert.match(value, /Timeline/);
    const r = hover.range!;
    assert.ok(r.start.line === 0 && r.start.character <= character && character <= r.end.character, JSON.stringify(r));
  });

  it('returns null where nothing is recognised', async () => {
    client = await TestClient.start();
    const uri = 'untitled:plain.md';
    await client.open(uri, 'Nothing about the partnership here.\n');
    await client.diagnostics(uri);
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 3 } }), null);
  });

  it('shows inlay hints only when the setting is on', async () => {
    client = await TestClient.start();
    const uri = 'untitled:hints.md';
    await client.open(uri, `${STALE}\n\n${CURRENT}\n`);
    await client.diagnostics(uri);
    const range = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
    assert.deepEqual(await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range }), []);

    const before = client.serverRequests.filter((m) => m === 'workspace/inlayHint/refresh').length;
    await client.configure({ inlayHints: true });
    await client.waitFor('an inlay hint refresh', () => client.serverRequests.filter((m) => m === 'workspace/inlayHint/refresh').length > before);
    const hints = (await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range })) ?? [];
    const labels = hints.map((h) => `${h.position.line}:${h.label}`);
    assert.ok(labels.includes('0:⚠ superseded'), labels.join(', '));
    assert.ok(labels.some((l) => /^2:✓ [A-Z][a-z]{2} \d{4}$/.test(l)), labels.join(', '));
  });

  it('renders the terms model as Markdown for Show Terms Model', async () => {
    client = await TestClient.start();
    const result = await client.connection.sendRequest<TermsMarkdownResult>(TERMS_MARKDOWN, {});
    assert.equal(result.asOf, '2026-11-21');
    assert.ok(result.markdown.includes(stakeTitle) || result.markdown.includes(escapeMd(stakeTitle)));
  });
});

function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]<>#|]/g, '\\$&');
}
