// Bundles: the CLI and the stdio/IPC language server for Node, the extension client
// (Node and browser) and the web-worker server. One engine goes into all of them.
import * as esbuild from 'esbuild';
import { existsSync, rmSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const shebang = { js: '#!/usr/bin/env node' };

const node = { platform: 'node', format: 'cjs', target: 'node20' };
const web = { platform: 'browser', format: 'iife', target: 'es2022' };
const targets = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: shebang, ...node },
  { entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js', banner: shebang, ...node },
  { entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/cli-worker.js', ...node },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], ...node },
  { entryPoints: ['client/src/extension.browser.ts'], outfile: 'dist/browser/client.js', external: ['vscode'], ...web, format: 'cjs' },
  { entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/browser/server.js', ...web },
].filter((t) => existsSync(t.entryPoints[0]));

const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', legalComments: 'none' };
if (watch) {
  for (const t of targets) await (await esbuild.context({ ...common, ...t })).watch();
} else {
  // A production build is what gets packaged: remove the maps an earlier development build
  // left next to the bundles, so they neither ship nor point at code that no longer exists.
  if (production) for (const t of targets) rmSync(`${t.outfile}.map`, { force: true });
  await Promise.all(targets.map((t) => esbuild.build({ ...common, ...t })));
}
