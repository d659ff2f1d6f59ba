// Nothing leaves the machine: the bundles carry no HTTP client, and the CLI and the server
// run with every network entry point stubbed to throw (test/fixtures/no-network.cjs).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  createProtocolConnection, DidOpenTextDocumentNotification, ExitNotification, HoverRequest, InitializedNotification,
  InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const ROOT = resolve(__dirname, '../..');
const PRELOAD = join(ROOT, 'test/fixtures/no-network.cjs');
const BUNDLES = ['dist/cli.js', 'dist/cli-worker.js', 'dist/server.js', 'dist/client.js', 'dist/browser/server.js', 'dist/browser/client.js'];
const NETWORK_CLIENTS = /require\("(?:node:)?(?:http|https|http2|tls|dgram|dns)"\)|\bfetch\(|XMLHttpRequest|new WebSocket|navigator\.sendBeacon|importScripts\(\s*["']http/;

describe('nothing leaves the machine', function () {
  this.timeout(30_000);
  let dir: string;
  let log: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'al-net-')); log = join(dir, 'network.log'); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('the stub catches a real attempt (control)', () => {
    spawnSync(process.execPath, ['--require', PRELOAD, '-e', "try { require('node:http').get('http://127.0.0.1:9/') } catch {} try { require('node:net').connect(9, '127.0.0.1') } catch {}"],
      { env: { ...process.env, NO_NETWORK_LOG: log } });
    assert.deepEqual(readFileSync(log, 'utf8').trim().split('\n'), ['http.request', 'net.connect']);
  });

  it('the bundles contain no HTTP, TLS, DNS or fetch client', () => {
    for (const b of BUNDLES) {
      const file = join(ROOT, b);
      assert.ok(existsSync(file), `${b} is built`);
      assert.doesNotMatch(readFileSync(file, 'utf8'), NETWORK_CLIENTS, b);
    }
    // The CLI does not even load `net`; the server's copy serves only vscode-languageserver's
    // optional --socket/--pipe transports, which the runtime test below shows stay unused.
    assert.doesNotMatch(readFileSync(join(ROOT, 'dist/cli.js'), 'utf8'), /require\("(?:node:)?net"\)/);
  });

  it('the CLI checks the sample, with --jobs, while networking throws', () => {
    const r = spawnSync(process.execPath, ['--require', PRELOAD, join(ROOT, 'dist/cli.js'), 'check', '--as-of', '2026-11-21', '--jobs', '2', 'examples/'],
      { cwd: ROOT, env: { ...process.env, NO_NETWORK_LOG: log }, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /equity\.microsoft-stake/);
    assert.equal(existsSync(log) ? readFileSync(log, 'utf8') : '', '');
  });

  it('the language server serves a document over stdio while networking throws', async () => {
    const child = spawn(process.execPath, ['--require', PRELOAD, join(ROOT, 'dist/server.js'), '--stdio'],
      { env: { ...process.env, NO_NETWORK_LOG: log }, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const published = new Promise<number>((done) => connection.onNotification(PublishDiagnosticsNotification.type, (p) => done(p.diagnostics.length)));
    // Answer whatever the server asks (configuration, registrations) with null.
    (connection as unknown as { onRequest(handler: () => null): void }).onRequest(() => null);
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { asOf: '2026-11-21' } });
    await connection.sendNotification(InitializedNotification.type, {});
    const uri = 'untitled:net.md';
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Microsoft holds a 32.5% stake in OpenAI.\n' } });
    assert.equal(await published, 1);
    assert.ok(await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 19 } }));
    const exited = new Promise<number | null>((done) => child.once('exit', done));
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    assert.equal(await exited, 0);
    connection.dispose();
    assert.equal(existsSync(log) ? readFileSync(log, 'utf8') : '', '');
  });
});
