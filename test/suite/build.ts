// Bundles test/suite/*.ts for a VS Code extension host (vscode and mocha resolved at run
// time). Shared by the two ways the suite runs: inside code-server here, and under
// @vscode/test-electron wherever VS Code can be downloaded.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const SUITE_OUT = join(ROOT, '.test-output/suite');

export async function buildSuite(): Promise<string> {
  const suite = join(ROOT, 'test/suite');
  const entries = readdirSync(suite).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => join(suite, f));
  rmSync(SUITE_OUT, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: entries, outdir: SUITE_OUT, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    external: ['vscode', 'mocha'], sourcemap: 'inline', logLevel: 'warning',
  });
  return join(SUITE_OUT, 'index.js');
}
