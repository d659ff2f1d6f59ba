// The browser build of the server (dist/browser/server.js, used by VS Code for the Web) in a
// real web worker: Debian's chromium loads it from a local HTTP server, the page speaks
// JSON-RPC to it with postMessage, and the worker must publish the stale-stake diagnostic.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const WORKER = resolve(__dirname, '../../dist/browser/server.js');

describe('real client: the browser server build in a web worker (chromium)', function () {
  this.timeout(60000);
  let http: Server | undefined;
  let browser: BrowserContext | undefined;
  let dir = '';

  before(function () {
    if (!existsSync(CHROMIUM)) {
      console.log('    SKIPPED: chromium is not installed; install it with `apt-get install -y chromium`');
      this.skip();
    }
    dir = mkdtempSync(join(tmpdir(), 'agreement-lens-worker-'));
  });
  after(async () => {
    await browser?.close().catch(() => undefined);
    http?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('publishes diagnostics from the worker', async () => {
    http = createServer((req, res) => {
      const body = req.url === '/server.js' ? readFileSync(WORKER) : '<!doctype html><title>worker</title>';
      res.writeHead(200, { 'content-type': req.url === '/server.js' ? 'text/javascript' : 'text/html' }).end(body);
    });
    await new Promise<void>((done) => http!.listen(0, '127.0.0.1', done));
    const { port } = http.address() as { port: number };
    browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM, headless: true,
      // Chromium writes under $HOME/.config and $HOME/.cache: keep that in the temporary folder.
      env: { ...process.env, HOME: dir, XDG_CONFIG_HOME: join(dir, 'config'), XDG_CACHE_HOME: join(dir, 'cache') }, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(`http://127.0.0.1:${port}/`);
    const diagnostics = await page.evaluate(() => new Promise<unknown[]>((done, fail) => {
      const worker = new Worker('/server.js');
      const uri = 'untitled:web.md';
      const timer = setTimeout(() => fail(new Error('no diagnostics from the worker within 10 s')), 10000);
      worker.onmessage = (e) => {
        const m = e.data as { id?: number; method?: string; params?: { uri: string; diagnostics: unknown[] } };
        if (m.id === 1) {
          worker.postMessage({ jsonrpc: '2.0', method: 'initialized', params: {} });
          worker.postMessage({ jsonrpc: '2.0', method: 'workspace/didChangeConfiguration', params: { settings: { agreementLens: { asOf: '2026-11-21' } } } });
          worker.postMessage({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Microsoft holds a 32.5% stake in OpenAI.\n' } } });
        } else if (m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri && m.params.diagnostics.length) {
          clearTimeout(timer);
          worker.terminate();
          done(m.params.diagnostics);
        }
      };
      worker.postMessage({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    }));
    assert.deepEqual(diagnostics.map((d) => (d as { code: string }).code), ['equity.microsoft-stake']);
  });
});
