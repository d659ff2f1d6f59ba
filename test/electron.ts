// `npm run test:electron`: the extension-host suite under @vscode/test-electron, on the
// oldest VS Code the manifest accepts and on the current one. It downloads VS Code, so it
// needs the network; on a machine without it (these CI machines) the same suite runs inside
// code-server as part of `npm test` (test/clients/code-server.test.ts).
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuite, ROOT } from './suite/build';

const VERSIONS = [require('../package.json').engines.vscode.replace(/^\^/, ''), 'stable'];

async function main(): Promise<number> {
  const extensionTestsPath = await buildSuite();
  for (const version of VERSIONS) {
    try {
      const code = await runTests({
        version, extensionDevelopmentPath: ROOT, extensionTestsPath,
        launchArgs: [join(ROOT, 'test/fixtures/workspace'), '--disable-extensions', '--disable-workspace-trust'],
      });
      if (code !== 0) return code;
    } catch (e) {
      const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
      console.error(`test:electron: VS Code ${version} could not be downloaded or started here (${reason}).`);
      console.error('The same extension-host suite runs inside code-server as part of `npm test` (test/clients/code-server.test.ts).');
      return 1;
    }
  }
  return 0;
}

main().then((code) => process.exit(code));
