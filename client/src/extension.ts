// Node entry of the extension: the server runs as a Node process over IPC.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { startClient, type AgreementLensApi } from './client';

export function activate(context: vscode.ExtensionContext): Promise<AgreementLensApi> {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const server: ServerOptions = { run: { module, transport: TransportKind.ipc }, debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--inspect=6009'] } } };
  return startClient(context, (id, name, options) => new LanguageClient(id, name, server, options));
}

export function deactivate(): void {
  // The client is disposed through context.subscriptions.
}
