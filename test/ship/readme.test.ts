// The README a newcomer reads: its settings and commands tables match package.json, the
// screenshots it shows exist, and the package name it installs is the one `npm run package`
// writes. (The quick start runs in quickstart.test.ts, the editor snippets in
// test/clients/editors.test.ts, the rule anchors in test/terms/readme.test.ts.)
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { between, commandsTable, MARKERS, readContributes, settingsTable } from './readme-tables';

const ROOT = resolve(__dirname, '../..');

describe('README: for a newcomer', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const contributes = readContributes();

  it('lists every setting, as package.json describes it', () => {
    const missing = Object.keys(contributes.configuration.properties).filter((key) => !readme.includes(`| \`${key}\` |`));
    assert.deepEqual(missing, [], 'settings missing from the README table');
    assert.equal(between(readme, MARKERS.settings), settingsTable(contributes), 'the settings table is out of date: run npm run readme:tables');
  });

  it('lists every command, as package.json describes it', () => {
    const missing = contributes.commands.map((c) => c.command).filter((id) => !readme.includes(`\`${id}\``));
    assert.deepEqual(missing, [], 'commands missing from the README table');
    assert.equal(between(readme, MARKERS.commands), commandsTable(contributes), 'the commands table is out of date: run npm run readme:tables');
  });

  it('shows screenshots that exist, as PNG files under docs/', () => {
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    assert.deepEqual(images, ['docs/squiggle.png', 'docs/hover.png', 'docs/quick-fix.png', 'docs/problems.png']);
    for (const image of images) {
      assert.ok(existsSync(join(ROOT, image)), `${image} is missing: run npm run screenshots`);
      assert.deepEqual([...readFileSync(join(ROOT, image)).subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${image} is not a PNG`);
    }
  });

  it('installs the .vsix that npm run package writes', () => {
    const vsix = `${pkg.name}-${pkg.version}.vsix`;
    assert.ok(readme.includes(`code --install-extension ${vsix}`), `the README installs ${vsix}`);
    assert.match(readme, /Install from\s+VSIX/);
  });

  it('shows how to use the stdio server from Neovim, Emacs (eglot) and Vim (ALE)', () => {
    for (const heading of ['### Neovim', '### Emacs (eglot)', '### Vim (ALE)']) assert.ok(readme.includes(`\n${heading}\n`), heading);
    assert.match(readme, /agreement-lens-ls --stdio/);
  });
});
