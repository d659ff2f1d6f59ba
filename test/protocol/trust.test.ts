// An untrusted workspace: the server reads no workspace file (no .agreement-lens.json, no
// extra terms file); the built-in model and the user's settings still apply.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './lsp-client';

const STALE = 'Microsoft holds a 32.5% stake in OpenAI.';

describe('protocol: untrusted workspace', function () {
  this.timeout(20_000);
  let dir: string;
  let client: TestClient | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'agreement-lens-trust-'));
    mkdirSync(join(dir, 'docs'));
    // A workspace that tries to silence the checker and to add a term of its own.
    writeFileSync(join(dir, '.agreement-lens.json'), JSON.stringify({ rules: { stale: 'off' } }));
    writeFileSync(join(dir, 'terms.json'), JSON.stringify({ terms: [] }));
  });
  afterEach(async () => { await client?.stop(); client = undefined; rmSync(dir, { recursive: true, force: true }); });
  const uriOf = (p: string) => pathToFileURL(join(dir, p)).href;

  it('ignores the workspace config when the workspace is not trusted', async () => {
    client = await TestClient.start({ rootUri: uriOf(''), initializationOptions: { workspaceTrusted: false } });
    const doc = uriOf('docs/a.md');
    await client.open(doc, `${STALE}\n`);
    assert.deepEqual((await client.diagnostics(doc)).map((d) => d.code), ['equity.microsoft-stake']);
  });

  it('still applies the user settings when the workspace is not trusted', async () => {
    client = await TestClient.start({ rootUri: uriOf(''), initializationOptions: { workspaceTrusted: false }, settings: { severity: { stale: 'error' } } });
    const doc = uriOf('docs/a.md');
    await client.open(doc, `${STALE}\n`);
    assert.deepEqual((await client.diagnostics(doc)).map((d) => d.severity), [1]);
  });

  it('reads the workspace config once the workspace is trusted', async () => {
    client = await TestClient.start({ rootUri: uriOf(''), initializationOptions: { workspaceTrusted: true } });
    const doc = uriOf('docs/a.md');
    await client.open(doc, `${STALE}\n`);
    assert.deepEqual(await client.diagnostics(doc), []);
  });
});
