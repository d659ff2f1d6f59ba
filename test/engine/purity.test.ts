import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The engine runs in the CLI, the language server and a web worker: it must import
// nothing from the editor, the protocol or Node, and must not read the clock.
const ROOTS = ['server/src/engine', 'server/src/terms'];
const FORBIDDEN = /^(vscode|vscode-languageserver.*|vscode-jsonrpc|node:.*|fs|path|os|child_process|http|https|net|worker_threads|url)$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

describe('engine: purity', () => {
  for (const file of ROOTS.flatMap(files)) {
    it(`${file} imports nothing from the editor, the protocol or Node, and reads no clock`, () => {
      const src = readFileSync(file, 'utf8');
      const imports = [...src.matchAll(/(?:from\s+|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
      const bad = imports.filter((i) => FORBIDDEN.test(i));
      assert.deepEqual(bad, []);
      assert.doesNotMatch(src.replace(/\/\/.*$/gm, ''), /\bDate\.now\(|new Date\(\s*\)|performance\.now\(/);
    });
  }
});
