// The .vsix that `npm run package` builds: small, only what the installed extension runs or
// shows (.vscodeignore lets files in one by one), and a manifest the Marketplace accepts. That
// it installs and works is checked in code-server (test/clients/code-server.test.ts).
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { posix } from 'node:path';
import { packagedVsix, zipEntries, type ZipEntry } from './vsix';

interface Manifest {
  [key: string]: unknown;
  main: string;
  browser: string;
  icon: string;
  engines: { vscode?: string };
  categories: string[];
  keywords: string[];
  activationEvents: string[];
  capabilities: { untrustedWorkspaces?: { supported: unknown; description?: string }; virtualWorkspaces?: { supported: unknown; description?: string } };
  contributes: {
    configuration: { properties: Record<string, { default?: unknown; scope?: string; description?: string; markdownDescription?: string }> };
    commands: { command: string; title?: string; category?: string }[];
    grammars: { path: string }[];
    jsonValidation: { url: string }[];
  };
}

describe('package: the .vsix', function () {
  this.timeout(180000);
  let vsix: string;
  let entries: ZipEntry[];
  let files: string[];
  let manifest: Manifest;

  before(async () => {
    vsix = await packagedVsix();
    entries = zipEntries(vsix);
    // Everything the extension installs is under extension/; the rest is the VSIX envelope.
    files = entries.filter((e) => e.name.startsWith('extension/')).map((e) => e.name.slice('extension/'.length));
    manifest = JSON.parse(entries.find((e) => e.name === 'extension/package.json')!.read().toString('utf8')) as Manifest;
  });

  it('is at most 1 MB', () => {
    const size = statSync(vsix).size;
    console.log(`      ${(size / 1024).toFixed(0)} KB, ${files.length} files: ${files.join(', ')}`);
    assert.ok(size <= 1024 * 1024, `${size} bytes`);
  });

  it('holds no source maps, TypeScript, tests, dependencies, examples, docs or caches', () => {
    const unwanted = files.filter((f) =>
      /\.map$|\.ts$|\.vsix$/.test(f) ||
      /^(node_modules|test|examples|docs|scripts|client|\.cache|\.test-output|\.ci|\.git)\//.test(f) ||
      (f.startsWith('server/') && !/^server\/src\/terms\/(config|terms)\.schema\.json$/.test(f)));
    assert.deepEqual(unwanted, []);
  });

  it('holds the bundles, the manifest, the docs for the Extensions view, the icon, grammar and schemas', () => {
    // vsce stores README, CHANGELOG and LICENSE under fixed names.
    const required = [
      'package.json', 'readme.md', 'changelog.md', 'LICENSE.txt', 'images/icon.png',
      'dist/client.js', 'dist/server.js', 'dist/browser/client.js', 'dist/browser/server.js',
      'syntaxes/agreement-lens.injection.json', 'server/src/terms/config.schema.json', 'server/src/terms/terms.schema.json',
    ];
    assert.deepEqual(required.filter((f) => !files.includes(f)), []);
  });

  it('holds every file the manifest points at, and every schema the config schema refers to', () => {
    const named = [manifest.main, manifest.browser, manifest.icon, ...manifest.contributes.grammars.map((g) => g.path), ...manifest.contributes.jsonValidation.map((j) => j.url)]
      .map((p) => posix.normalize(p).replace(/^\.\//, ''));
    assert.deepEqual(named.filter((p) => !files.includes(p)), []);
    for (const validation of manifest.contributes.jsonValidation) {
      const schemaPath = posix.normalize(validation.url);
      const schema = entries.find((e) => e.name === `extension/${schemaPath}`)!.read().toString('utf8');
      const refs = [...schema.matchAll(/"\$ref":\s*"([^"#]+)#?[^"]*"/g)].map((m) => posix.join(posix.dirname(schemaPath), m[1]));
      assert.deepEqual(refs.filter((r) => !files.includes(r)), [], `${schemaPath} refers to files the package lacks`);
    }
  });

  it('ships minified bundles without source-map references', () => {
    for (const bundle of files.filter((f) => f.startsWith('dist/'))) {
      const text = entries.find((e) => e.name === `extension/${bundle}`)!.read().toString('utf8');
      assert.doesNotMatch(text, /sourceMappingURL/, bundle);
      // A development build marks each bundled module with a `// path/to/file.ts` comment.
      assert.doesNotMatch(text, /^\/\/ (server|client|node_modules)\//m, `${bundle} is not minified`);
      assert.ok(text.length / text.split('\n').length > 2000, `${bundle} is not minified`);
      // One character past ASCII (a '…' in a regular expression) makes V8 keep the whole
      // script as a two-byte string, for as long as the server runs: twice the memory.
      const wide = /[^\x00-\x7f]/.exec(text);
      assert.equal(wide, null, `${bundle} has a non-ASCII character: …${wide ? text.slice(Math.max(0, wide.index - 40), wide.index + 10) : ''}`);
    }
  });

  it('has the manifest fields the Marketplace shows and checks', () => {
    for (const field of ['name', 'displayName', 'publisher', 'description', 'version', 'license', 'icon']) {
      assert.equal(typeof manifest[field], 'string', field);
    }
    assert.ok(manifest.categories.includes('Linters'));
    assert.ok(manifest.keywords.length > 0 && manifest.keywords.length <= 30, 'the Marketplace takes at most 30 keywords');
    assert.match(manifest.engines.vscode ?? '', /^\^\d+\.\d+\.\d+$/);
    assert.ok(manifest.activationEvents.length > 0 && !manifest.activationEvents.includes('*'));
    for (const kind of ['untrustedWorkspaces', 'virtualWorkspaces'] as const) {
      assert.ok(manifest.capabilities[kind]?.description, `capabilities.${kind} says what is limited`);
    }
  });

  it('describes every setting with a description, a default and a scope', () => {
    const incomplete = Object.entries(manifest.contributes.configuration.properties)
      .filter(([, s]) => !(s.description || s.markdownDescription) || s.default === undefined || !s.scope)
      .map(([key]) => key);
    assert.deepEqual(incomplete, []);
    // A misplaced edit can nest one setting inside another, where VS Code silently ignores it.
    const nested = Object.entries(manifest.contributes.configuration.properties).flatMap(([key, s]) => Object.keys(s).filter((k) => k.includes('.')).map((k) => `${k} inside ${key}`));
    assert.deepEqual(nested, []);
  });

  it('gives every command a title and a category', () => {
    assert.deepEqual(manifest.contributes.commands.filter((c) => !c.title || !c.category).map((c) => c.command), []);
  });
});
