// Settings over workspace/configuration, applied live on didChangeConfiguration; malformed
// values fall back to their defaults; package.json declares the same defaults as the code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../server/src/lsp/settings';
import { TestClient } from './lsp-client';

const STALE = 'Microsoft holds a 32.5% stake in OpenAI.';
const API = 'Azure API exclusivity remains in place until AGI.';

describe('protocol: settings', () => {
  let client: TestClient;
  afterEach(async () => {
    await client?.stop();
  });

  it('turns a rule off live, then back on with another severity', async () => {
    client = await TestClient.start();
    const uri = 'untitled:severity.md';
    await client.open(uri, `${STALE}\n`);
    assert.equal((await client.diagnostics(uri)).length, 1);
    let seen = client.publishedCount(uri);
    await client.configure({ severity: { 'equity.microsoft-stake': 'off' } });
    assert.deepEqual(await client.diagnostics(uri, () => true, seen), []);
    seen = client.publishedCount(uri);
    await client.configure({ severity: { stale: 'error' } });
    const [d] = await client.diagnostics(uri, (p) => p.diagnostics.length > 0, seen);
    assert.equal(d.severity, DiagnosticSeverity.Error);
  });

  it('judges as of the asOf setting: API exclusivity held on 2025-11-01, not after the 2026 amendment', async () => {
    client = await TestClient.start({ settings: { asOf: '2025-11-01' } });
    const uri = 'untitled:asof.md';
    await client.open(uri, `${API}\n`);
    const then = await client.diagnostics(uri);
    assert.deepEqual(then.filter((d) => d.severity === DiagnosticSeverity.Warning), []);
    const seen = client.publishedCount(uri);
    await client.configure({ asOf: '2026-11-21' });
    const now = await client.diagnostics(uri, () => true, seen);
    assert.deepEqual(now.filter((d) => d.severity === DiagnosticSeverity.Warning).map((d) => d.code), ['cloud.api-exclusivity']);
  });

  it('survives malformed settings and uses the defaults', async () => {
    client = await TestClient.start({ settings: { enable: 'yes', languages: 5, severity: 'loud', maxFileSize: 'big', asOf: 'tomorrow', inlayHints: 1 } });
    client.settings.asOf = '2026-11-21x';
    const uri = 'untitled:malformed.md';
    await client.open(uri, `${STALE}\n`);
    assert.deepEqual((await client.diagnostics(uri)).map((d) => d.code), ['equity.microsoft-stake']);
  });

  it('stops checking when disabled', async () => {
    client = await TestClient.start({ settings: { enable: false } });
    const uri = 'untitled:off.md';
    await client.open(uri, `${STALE}\n`);
    assert.deepEqual(await client.diagnostics(uri), []);
  });

  it('normalizes each key on its own', () => {
    const s = normalizeSettings({ severity: { stale: 'error', wrong: 'loud' }, asOf: '2025-02-30', languages: ['markdown'], maxFileSize: -1 });
    assert.deepEqual(s, { ...DEFAULT_SETTINGS, severity: { stale: 'error' }, languages: ['markdown'] });
    assert.deepEqual(normalizeSettings(null), DEFAULT_SETTINGS);
  });

  it('declares in package.json the settings and defaults the server uses', () => {
    const pkg = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8'));
    const props = pkg.contributes.configuration.properties as Record<string, { default: unknown; description?: string; markdownDescription?: string; scope?: string }>;
    const declared = Object.fromEntries(Object.entries(props).map(([k, v]) => [k.replace(/^agreementLens\./, ''), v.default]));
    assert.deepEqual(declared, { ...DEFAULT_SETTINGS });
    for (const [key, p] of Object.entries(props)) assert.ok((p.description || p.markdownDescription) && p.scope, `${key} has a description and a scope`);
  });
});
