// The extension-host suite (test/suite) in a real VS Code workbench: code-server 4.100.3 serves
// VS Code 1.100 with a Node extension host, Debian's chromium opens it through playwright-core,
// and the page URL's `payload` asks the workbench to run the suite. It runs twice: against the
// development folder, and against the packaged .vsix installed with `--install-extension`, as
// a user gets it; then one pass through the UI saves screenshots. code-server and chromium are
// installed by test/clients/install-code-server.sh; without them this test is reported as skipped.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import type { BrowserContext, ConsoleMessage } from 'playwright-core';
import { packagedVsix } from '../ship/vsix';
import { installVsix, launchChromium, missingTools, ROOT, startCodeServer, type CodeServer } from './code-server';
import { SCREENSHOT_SETTINGS, uiPass, VIEWPORT } from './screenshots';
import { buildSuite, SUITE_OUT } from '../suite/build';

const WORKSPACE = join(ROOT, 'test/fixtures/workspace');

describe('real client: VS Code extension host in code-server', function () {
  this.timeout(180000);
  let dir: string;
  const servers: CodeServer[] = [];
  let browser: BrowserContext | undefined;
  let installed: CodeServer | undefined;

  before(async function () {
    const missing = missingTools();
    if (missing) {
      console.log(`    SKIPPED: ${missing}`);
      this.skip();
    }
    dir = mkdtempSync(join(tmpdir(), 'agreement-lens-code-server-'));
    await buildSuite();
    browser = await launchChromium(dir, VIEWPORT);
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    // Each code-server runs in its own process group, ended by its id.
    for (const server of servers) server.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs the extension-host suite from the development folder: activation, diagnostics, hover, quick fix, fix all, settings, status bar', async () => {
    const server = await startCodeServer(join(dir, 'dev'), join(dir, 'dev/extensions'));
    servers.push(server);
    const { code, lines } = await runSuite(browser!, server, ROOT, 'code-server.png');
    assert.equal(code, 0, `extension-host suite failed:\n${lines.join('\n')}`);
  });

  it('installs the packaged .vsix with --install-extension and runs the same suite against it', async () => {
    const vsix = await packagedVsix();
    const home = join(dir, 'installed');
    const extensions = join(home, 'extensions');
    await installVsix(home, vsix, extensions);
    assert.deepEqual(readdirSync(extensions).filter((f) => f.startsWith('agreement-lens.')), ['agreement-lens.agreement-lens-0.1.0']);
    // The suite's own checks on the install (test/suite/installed.test.ts) look for this.
    installed = await startCodeServer(home, extensions, SCREENSHOT_SETTINGS, { AGREEMENT_LENS_EXTENSIONS_DIR: extensions });
    servers.push(installed);
    // The workbench runs a test module only for an extension under development: give it an
    // empty one, so Agreement Lens itself loads from the extensions folder like any install.
    const harness = join(home, 'harness');
    mkdirSync(harness, { recursive: true });
    writeFileSync(join(harness, 'package.json'), JSON.stringify({ name: 'suite-harness', publisher: 'test', version: '0.0.0', engines: { vscode: '*' } }));
    const { code, lines } = await runSuite(browser!, installed, harness, 'code-server-installed.png');
    assert.equal(code, 0, `extension-host suite failed against the installed .vsix:\n${lines.join('\n')}`);
    assert.ok(lines.some((l) => /✔ runs from the extensions folder/.test(l)), 'the checks on the install ran and passed');
  });

  it('shows the squiggle, the hover with timeline and sources, the quick-fix menu and the Problems panel (PNGs in .test-output/screenshots)', async function () {
    if (!installed) this.skip();
    const page = await browser!.newPage();
    const out = join(ROOT, '.test-output/screenshots');
    const pass = await uiPass(page, installed!.url, out);
    await page.close();
    console.log(`      ${Object.values(pass.files).join('\n      ')}`);
    assert.match(pass.hover, /Timeline/);
    assert.match(pass.hover, /Sources/);
    assert.ok(pass.quickFixes.some((t) => /^Replace "32\.5%" with "27%"/.test(t)), pass.quickFixes.join(' | '));
    assert.ok(pass.quickFixes.some((t) => /Fix all/i.test(t)), pass.quickFixes.join(' | '));
    assert.ok(pass.problems.some((t) => /^briefing\.md/.test(t)) && pass.problems.some((t) => /Stale/.test(t)), pass.problems.join(' | '));
  });
});

/**
 * Opens the fixture workspace with the suite as the test module of `developmentPath`; resolves
 * with the exit code the extension host reports through `codeAutomationExit` and the console.
 */
async function runSuite(browser: BrowserContext, server: CodeServer, developmentPath: string, screenshot: string): Promise<{ code: number; lines: string[] }> {
  const page = await browser.newPage();
  const log: Promise<string>[] = [];
  page.on('console', (m) => log.push(consoleLine(m)));
  const exitCode = new Promise<number>((done) => void page.exposeFunction('codeAutomationExit', (code: number) => done(code)));
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://remote${developmentPath}`],
    ['extensionTestsPath', `vscode-remote://remote${join(SUITE_OUT, 'index.js')}`],
  ];
  await page.goto(`${server.url}?folder=${encodeURIComponent(WORKSPACE)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  const code = await exitCode;
  mkdirSync(join(ROOT, '.test-output'), { recursive: true });
  await page.screenshot({ path: join(ROOT, '.test-output', screenshot) }).catch(() => undefined);
  await page.close();
  const lines = await Promise.all(log);
  // The extension host forwards mocha's spec output to the page console; show that part.
  const start = lines.findIndex((l) => /^extension: /.test(l.trim()));
  console.log(lines.slice(Math.max(0, start)).filter((l) => /^\s+(✔|-|\d+\)|\d+ (passing|failing|pending)|activation: )|^\s*extension: /.test(l)).map((l) => `    ${l}`).join('\n'));
  return { code, lines };
}

/** A console message as the extension host meant it: its `%c` style prefix dropped, `%s` filled. */
async function consoleLine(m: ConsoleMessage): Promise<string> {
  const values = await Promise.all(m.args().map((a) => a.jsonValue().catch(() => String(a))));
  const rest = typeof values[0] === 'string' && values[0].startsWith('%c') ? values.slice(2) : values;
  return rest.length ? format(...(rest as [unknown, ...unknown[]])) : m.text();
}
