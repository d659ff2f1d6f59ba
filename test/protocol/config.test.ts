// The workspace config file (.agreement-lens.json), found upward from a document: its rules
// apply; a broken one gets diagnostics on its own URI while the document is still checked with
// the built-in model; fixing it (a watched-file change) clears them.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { TestClient } from './lsp-client';

const STALE = 'Microsoft holds a 32.5% stake in OpenAI.';

describe('protocol: workspace config', () => {
  let client: TestClient;
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'agreement-lens-ws-'));
    mkdirSync(join(dir, 'docs'));
  });
  afterEach(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const uriOf = (path: string) => pathToFileURL(join(dir, path)).href;

  it('reports a broken config on the config file and keeps checking with the built-in model', async () => {
    writeFileSync(join(dir, '.agreement-lens.json'), '{ "rules": { "stale": "off" }, }');
    client = await TestClient.start({ rootUri: uriOf('') });
    await client.waitFor('a file watcher registration', () => client.serverRequests.includes('client/registerCapability'));
    const doc = uriOf('docs/a.md');
    await client.open(doc, `${STALE}\n`);
    assert.deepEqual((await client.diagnostics(doc)).map((d) => d.code), ['equity.microsoft-stake'], 'the broken config does not turn the rule off');
    const configUri = uriOf('.agreement-lens.json');
    const [problem] = await client.diagnostics(configUri);
    assert.equal(problem.source, 'agreement-lens');
    assert.equal(problem.range.start.line, 0);

    const seenConfig = client.publishedCount(configUri);
    const seenDoc = client.publishedCount(doc);
    writeFileSync(join(dir, '.agreement-lens.json'), '{ "rules": { "equity.microsoft-stake": "off" } }\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    assert.deepEqual(await client.diagnostics(configUri, () => true, seenConfig), []);
    assert.deepEqual(await client.diagnostics(doc, () => true, seenDoc), [], 'the fixed config now turns the rule off');
  });

  it('skips files matched by the config ignore globs', async () => {
    writeFileSync(join(dir, '.agreement-lens.json'), '{ "ignore": ["docs/generated/**"] }');
    mkdirSync(join(dir, 'docs', 'generated'));
    client = await TestClient.start({ rootUri: uriOf('') });
    const ignored = uriOf('docs/generated/x.md');
    const checked = uriOf('docs/x.md');
    await client.open(ignored, `${STALE}\n`);
    await client.open(checked, `${STALE}\n`);
    assert.deepEqual(await client.diagnostics(ignored), []);
    assert.equal((await client.diagnostics(checked)).length, 1);
  });

  it('reads extra terms from the termsFile setting, and reports a broken one', async () => {
    writeFileSync(join(dir, 'terms.json'), '{ "terms": [ { "id": 5 } ] }');
    client = await TestClient.start({ rootUri: uriOf(''), settings: { termsFile: 'terms.json' } });
    const doc = uriOf('docs/b.md');
    await client.open(doc, `${STALE}\n`);
    assert.equal((await client.diagnostics(doc)).length, 1, 'the built-in model still works');
    const problems = await client.diagnostics(uriOf('terms.json'));
    assert.ok(problems.length > 0 && problems.every((d) => d.source === 'agreement-lens'));
  });
});
