// Browser entry of the extension (VS Code for the Web): the server runs in a web worker.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { startClient, type AgreementLensApi } from './client';

export function activate(context: vscode.ExtensionContext): Promise<AgreementLensApi> {
  const main = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
  return startClient(context, (id, name, options) => new LanguageClient(id, name, options, new Worker(main.toString(true))));
}

export function deactivate(): void {
  // The client is disposed through context.subscriptions.
}
