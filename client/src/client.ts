// startClient: the one client behind the Node and browser extension entry points. Thin: it
// starts the server, forwards documents, and adds a status-bar count and four commands.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import type { InitializationOptions } from '../../server/src/lsp/protocol';
import { registerCommands } from './commands';
import { StatusBar } from './statusBar';

export type ClientFactory = (id: string, name: string, options: LanguageClientOptions) => BaseLanguageClient;

export const CLIENT_ID = 'agreementLens';
const CLIENT_NAME = 'Agreement Lens';
const SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web'];

/** What `activate` returns: used by the extension-host tests, stable for other extensions. */
export interface AgreementLensApi {
  readonly client: BaseLanguageClient | undefined;
  statusText(): string;
  /** The status item's tooltip: the active file's summary and counts. */
  statusTooltip(): string;
  readonly onDidChangeStatus: vscode.Event<string>;
  /** Resolves when the current client has started (after a restart too). */
  ready(): Promise<void>;
  /** Milliseconds `activate` took (the language client keeps starting after it; see ready()). */
  readonly activationMs: number;
}

export async function startClient(context: vscode.ExtensionContext, factory: ClientFactory): Promise<AgreementLensApi> {
  const activatedAt = Date.now();
  const status = new StatusBar();
  context.subscriptions.push(status);
  let client: BaseLanguageClient | undefined;
  let starting: Promise<void> = Promise.resolve();

  const create = async () => {
    const languages = vscode.workspace.getConfiguration('agreementLens').get<unknown>('languages');
    const ids = Array.isArray(languages) && languages.every((l) => typeof l === 'string') ? languages as string[] : ['markdown', 'plaintext'];
    const options: LanguageClientOptions = {
      // Files, untitled documents and virtual workspaces; not `git:` originals in diff views
      // (their diagnostics would repeat the file's) nor this extension's own terms preview.
      documentSelector: ids.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme }))),
      diagnosticCollectionName: 'agreement-lens',
      // Read at each start, so a restart after the workspace is trusted sees it.
      initializationOptions: (): InitializationOptions => ({ status: true, workspaceTrusted: vscode.workspace.isTrusted }),
    };
    // The default error handler restarts a crashed server (up to 4 times in 3 minutes).
    const next = factory(CLIENT_ID, CLIENT_NAME, options);
    next.onNotification('agreementLens/status', (params) => status.update(params));
    client = next;
    await next.start();
  };

  const restart = async () => {
    const previous = client;
    client = undefined;
    status.clear();
    await previous?.dispose().catch(() => undefined);
    await (starting = create());
  };

  registerCommands(context, { client: () => client, restart });
  context.subscriptions.push(
    { dispose: () => void client?.dispose() },
    vscode.window.onDidChangeActiveTextEditor(() => status.render()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void restart()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('agreementLens.languages')) void restart();
    }),
  );
  // The server starts in the background: activation returns at once, so opening a Markdown
  // file never waits on it (VS Code counts the time `activate` takes against the extension).
  // Callers that need the running client await ready().
  starting = create();
  starting.catch((e: unknown) => void vscode.window.showErrorMessage(`Agreement Lens could not start its language server: ${e instanceof Error ? e.message : String(e)}`));
  const activationMs = Date.now() - activatedAt;
  return { get client() { return client; }, statusText: () => status.text, statusTooltip: () => status.tooltip, onDidChangeStatus: status.onDidChange, ready: () => starting, activationMs };
}
