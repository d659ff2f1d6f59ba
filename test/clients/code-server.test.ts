// The extension-host suite (test/suite) in a real VS Code workbench: code-server 4.100.3 serves
// VS Code 1.100 with a Node extension host, Debian's chromium opens it through playwright-core,
// and the page URL's `payload` asks the workbench to load this extension and run the suite.
// code-server and chromium are installed by test/clients/install-code-server.sh; without them
// this test is reported as skipped.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import * as esbuild from 'esbuild';
import { chromium, type BrowserContext, type ConsoleMessage } from 'playwright-core';

const ROOT = resolve(__dirname, '../..');
const CODE_SERVER = join(ROOT, '.cache/code-server/node_modules/.bin/code-server');
const CHROMIUM = '/usr/bin/chromium';
const SUITE_OUT = join(ROOT, '.test-output/suite');
const WORKSPACE = join(ROOT, 'test/fixtures/workspace');

describe('real client: VS Code extension host in code-server', function () {
  this.timeout(180000);
  let dir: string;
  let server: ChildProcess | undefined;
  let browser: BrowserContext | undefined;

  before(function () {
    const missing = [CODE_SERVER, CHROMIUM].filter((p) => !existsSync(p));
    if (missing.length) {
      console.log(`    SKIPPED: ${missing.join(' and ')} not installed; run test/clients/install-code-server.sh (code-server@4.100.3 and apt-get install -y chromium)`);
      this.skip();
    }
    dir = mkdtempSync(join(tmpdir(), 'agreement-lens-code-server-'));
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    // code-server runs in its own process group; end that group by its id.
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs the extension-host suite: activation, diagnostics, hover, quick fix, fix all, settings, status bar', async () => {
    await buildSuite();
    const port = await freePort();
    server = await startCodeServer(dir, port);
    browser = await chromium.launchPersistentContext(join(dir, 'chromium'), {
      executablePath: CHROMIUM,
      headless: true,
      // Chromium writes under $HOME/.config and $HOME/.cache: keep that in the temporary folder.
      env: { ...process.env, HOME: dir, XDG_CONFIG_HOME: join(dir, 'config'), XDG_CACHE_HOME: join(dir, 'cache') },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    const log: Promise<string>[] = [];
    page.on('console', (m) => log.push(consoleLine(m)));
    const exitCode = new Promise<number>((done) => void page.exposeFunction('codeAutomationExit', (code: number) => done(code)));
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://remote${ROOT}`],
      ['extensionTestsPath', `vscode-remote://remote${join(SUITE_OUT, 'index.js')}`],
    ];
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(WORKSPACE)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const code = await exitCode;
    mkdirSync(join(ROOT, '.test-output'), { recursive: true });
    await page.screenshot({ path: join(ROOT, '.test-output/code-server.png') }).catch(() => undefined);
    const lines = await Promise.all(log);
    // The extension host forwards mocha's spec output to the page console; show that part.
    const start = lines.findIndex((l) => /^extension: /.test(l.trim()));
    console.log(lines.slice(Math.max(0, start)).filter((l) => /^\s+(✔|-|\d+\)|\d+ (passing|failing|pending))|^\s*extension: /.test(l)).map((l) => `    ${l}`).join('\n'));
    assert.equal(code, 0, `extension-host suite failed:\n${lines.join('\n')}`);
  });
});

/** A console message as the extension host meant it: its `%c` style prefix dropped, `%s` filled. */
async function consoleLine(m: ConsoleMessage): Promise<string> {
  const values = await Promise.all(m.args().map((a) => a.jsonValue().catch(() => String(a))));
  const rest = typeof values[0] === 'string' && values[0].startsWith('%c') ? values.slice(2) : values;
  return rest.length ? format(...(rest as [unknown, ...unknown[]])) : m.text();
}

/** Bundles test/suite/*.ts for the extension host (vscode and mocha resolved at run time). */
async function buildSuite(): Promise<void> {
  const suite = join(ROOT, 'test/suite');
  const entries = readdirSync(suite).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => join(suite, f));
  rmSync(SUITE_OUT, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: entries, outdir: SUITE_OUT, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    external: ['vscode', 'mocha'], sourcemap: 'inline', logLevel: 'warning',
  });
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Starts code-server in its own process group; resolves once it says it is listening. */
function startCodeServer(dir: string, port: number): Promise<ChildProcess> {
  const env = {
    ...process.env,
    HOME: dir, TMPDIR: dir,
    XDG_CONFIG_HOME: join(dir, 'config'), XDG_DATA_HOME: join(dir, 'data'), XDG_CACHE_HOME: join(dir, 'cache'), XDG_STATE_HOME: join(dir, 'state'),
  };
  const child = spawn(CODE_SERVER, [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', join(dir, 'user-data'), '--extensions-dir', join(dir, 'extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened',
  ], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((done, fail) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/HTTP server listening on/.test(output)) done(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => fail(new Error(`code-server exited (${code}) before listening:\n${output}`)));
  });
}
