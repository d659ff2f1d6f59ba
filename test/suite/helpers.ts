// Shared by the extension-host tests: the activated extension's API, fixture paths, and
// waits on VS Code events (never a fixed sleep).
import * as vscode from 'vscode';
import type { AgreementLensApi } from '../../client/src/client';

export const EXTENSION_ID = 'agreement-lens.agreement-lens';
export const STALE = 'Microsoft holds a 32.5% stake in OpenAI.';

export async function activated(): Promise<AgreementLensApi> {
  const extension = vscode.extensions.getExtension<AgreementLensApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in this extension host`);
  const api = await extension.activate();
  await api.ready();
  return api;
}

export function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite runs with test/fixtures/workspace open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'agreement-lens');
}

export function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}

/** Resolves with the document's diagnostics once `test` holds for them. */
export function diagnosticsWhere(uri: vscode.Uri, test: (ds: vscode.Diagnostic[]) => boolean, timeout = 10000): Promise<vscode.Diagnostic[]> {
  return until(`diagnostics of ${uri.toString(true)}`, vscode.languages.onDidChangeDiagnostics, () => {
    const ds = ours(uri);
    return test(ds) ? ds : undefined;
  }, timeout);
}

/** Resolves once `probe` returns a value, probing now and after each `event`. */
export function until<T>(what: string, event: vscode.Event<unknown>, probe: () => T | undefined, timeout = 10000): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const value = probe();
      if (value === undefined) return false;
      done();
      resolve(value);
      return true;
    };
    const sub = event(() => void check());
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeout);
    const done = () => {
      sub.dispose();
      clearTimeout(timer);
    };
    check();
  });
}

let documents = 0;

/**
 * A fresh untitled document for one test, under a name of its own: a default untitled name
 * (Untitled-1) is reused after a close, and the language client's pull-diagnostics
 * bookkeeping can then take the new document for the closed one and never ask for it.
 */
export async function untitled(content: string, language = 'markdown'): Promise<vscode.TextEditor> {
  const ext = language === 'markdown' ? 'md' : 'txt';
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(`untitled:/agreement-lens-suite-${++documents}.${ext}`));
  const editor = await vscode.window.showTextDocument(doc);
  if (doc.languageId !== language) await vscode.languages.setTextDocumentLanguage(doc, language);
  await editor.edit((b) => b.insert(new vscode.Position(0, 0), content));
  return editor;
}
