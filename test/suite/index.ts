// Extension-host entry in the standard shape: `run()` runs mocha over the suite's tests.
// The same bundle runs under @vscode/test-electron where VS Code can be downloaded, and in
// code-server's extension host here (test/clients/code-server.test.ts).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 20000, color: false, reporter: 'spec' });
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
  });
}
