// Driving code-server 4.100.3 (a real VS Code 1.100 workbench with a Node extension host) from
// Debian's chromium through playwright-core: shared by the extension-host test and the script
// that refreshes the README's screenshots. code-server lives in .cache/ (installed by
// test/clients/install-code-server.sh), outside the project's dependencies.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext } from 'playwright-core';

export const ROOT = resolve(__dirname, '../..');
export const CODE_SERVER = join(ROOT, '.cache/code-server/node_modules/.bin/code-server');
export const CHROMIUM = '/usr/bin/chromium';

/** The tools this route needs that are not installed, with the command that installs them. */
export function missingTools(): string | undefined {
  const missing = [CODE_SERVER, CHROMIUM].filter((p) => !existsSync(p));
  return missing.length
    ? `${missing.join(' and ')} not installed; run test/clients/install-code-server.sh (code-server@4.100.3 and apt-get install -y chromium)`
    : undefined;
}

/** code-server and chromium write under $HOME and XDG folders: keep all of it in `dir`. */
function isolatedEnv(dir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOME: dir, TMPDIR: dir,
    XDG_CONFIG_HOME: join(dir, 'config'), XDG_DATA_HOME: join(dir, 'data'), XDG_CACHE_HOME: join(dir, 'cache'), XDG_STATE_HOME: join(dir, 'state'),
  };
}

/** Installs a packaged .vsix into `extensionsDir` the way a user would, with the CLI. */
export async function installVsix(dir: string, vsix: string, extensionsDir: string): Promise<void> {
  await promisify(execFile)(CODE_SERVER, [
    '--user-data-dir', join(dir, 'user-data'), '--extensions-dir', extensionsDir, '--install-extension', vsix,
  ], { env: isolatedEnv(dir), timeout: 60000 });
}

export interface CodeServer {
  readonly port: number;
  readonly url: string;
  stop(): void;
}

/**
 * Starts code-server in its own process group (ended by its id in `stop`); resolves once it is
 * listening. `settings` become the user settings of this instance.
 */
export async function startCodeServer(dir: string, extensionsDir: string, settings: Record<string, unknown> = {}, env: NodeJS.ProcessEnv = {}): Promise<CodeServer> {
  const port = await freePort();
  const userData = join(dir, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify(settings, null, 2));
  const child: ChildProcess = spawn(CODE_SERVER, [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userData, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened',
  ], { env: { ...isolatedEnv(dir), ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () => {
    if (!child.pid) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  await new Promise<void>((done, fail) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/HTTP server listening on/.test(output)) done();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => fail(new Error(`code-server exited (${code}) before listening:\n${output}`)));
  });
  return { port, url: `http://127.0.0.1:${port}/`, stop };
}

/** Headless chromium with a fresh profile in `dir`. */
export function launchChromium(dir: string, viewport = { width: 1280, height: 800 }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(join(dir, 'chromium'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    env: isolatedEnv(dir),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
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
