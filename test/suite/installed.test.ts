// What a user gets from the packaged extension. The JSON validation check runs in every mode;
// the checks on the install itself run when the code-server test installed the .vsix and named
// its extensions folder in AGREEMENT_LENS_EXTENSIONS_DIR (the extension host inherits the
// server's environment).
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as vscode from 'vscode';
import { activated, EXTENSION_ID, until } from './helpers';

describe('extension: package', () => {
  it('validates .agreement-lens.json with its schema, including the term shapes it refers to', async () => {
    await activated();
    // Outside the fixture workspace, so the repository is never touched; fileMatch is by name.
    const dir = mkdtempSync(join(tmpdir(), 'agreement-lens-schema-'));
    try {
      const file = join(dir, '.agreement-lens.json');
      writeFileSync(file, '{\n  "rules": { "stale": "loud" },\n  "terms": [ { "colour": "blue" } ]\n}\n');
      const uri = vscode.Uri.file(file);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      // The JSON language service's own diagnostics (this extension reports broken configs too).
      const json = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source !== 'agreement-lens');
      // The rule severity comes from config.schema.json; the term's fields from
      // terms.schema.json, which config.schema.json reaches through a relative $ref.
      const ds = await until('JSON schema diagnostics', vscode.languages.onDidChangeDiagnostics, () => {
        const found = json();
        return found.some((d) => d.range.start.line === 1) && found.some((d) => d.range.start.line === 2) ? found : undefined;
      }, 15000);
      const messages = ds.map((d) => d.message).join('\n');
      assert.doesNotMatch(messages, /Problems loading reference|can ?not be resolved|Unable to load schema/i);
      assert.match(ds.filter((d) => d.range.start.line === 2).map((d) => d.message).join('\n'), /colour|id/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('installed from the .vsix', function () {
    const extensionsDir = process.env.AGREEMENT_LENS_EXTENSIONS_DIR;
    before(function () {
      if (!extensionsDir) this.skip();
    });

    it('runs from the extensions folder, not from a development checkout', async () => {
      await activated();
      const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
      const path = relative(extensionsDir!, extension.extensionPath);
      assert.ok(!path.startsWith('..'), `${extension.extensionPath} is not inside ${extensionsDir}`);
      assert.equal(extension.extensionKind, vscode.ExtensionKind.Workspace);
    });

    it('contains no source maps, TypeScript sources or dependencies', () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
      const files = readdirSync(extension.extensionPath, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => relative(extension.extensionPath, join(e.parentPath, e.name)));
      assert.deepEqual(files.filter((f) => /\.map$|\.ts$|^node_modules\/|^test\//.test(f)), []);
      assert.ok(files.includes('dist/server.js') && files.includes('dist/client.js'), files.join(', '));
    });
  });
});
