// A minimal LSP client for the protocol tests: spawns the built server (`dist/server.js
// --stdio`), speaks JSON-RPC over its stdio, answers the server's requests (configuration,
// registrations, refreshes) and lets a test wait for notifications. Waits are event-driven
// with a timeout; nothing sleeps a fixed time.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createProtocolConnection, DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification,
  ExitNotification, InitializeRequest, InitializedNotification, PublishDiagnosticsNotification,
  ShutdownRequest, StreamMessageReader, StreamMessageWriter,
  type ClientCapabilities, type InitializeResult, type MessageConnection, type ProtocolConnection, type PublishDiagnosticsParams,
  type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';

export const SERVER = resolve(__dirname, '../../dist/server.js');
/** A fixed judging date, so verdicts do not change as time passes. */
export const AS_OF = '2026-11-21';
const TIMEOUT_MS = 5000;

export interface StartOptions {
  pull?: boolean;
  settings?: Record<string, unknown>;
  rootUri?: string;
  initializationOptions?: Record<string, unknown>;
  /** Declare publishDiagnostics.relatedInformation (true unless false, as editors do). */
  relatedInformation?: boolean;
}

type Waiter = { test: () => boolean; resolve: () => void };

export class TestClient {
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly serverRequests: string[] = [];
  readonly docs = new Map<string, TextDocument>();
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;
  private readonly waiters: Waiter[] = [];
  private readonly exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess, readonly connection: ProtocolConnection, settings: Record<string, unknown>) {
    this.settings = settings;
    this.exited = new Promise((done) => child.once('exit', (code) => done(code)));
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr!.on('data', () => undefined);
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection, { asOf: AS_OF, ...options.settings });
    client.listen();
    connection.listen();
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        diagnostics: { refreshSupport: true },
        inlayHint: { refreshSupport: true },
        workspaceEdit: { documentChanges: true },
        applyEdit: true,
      },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { relatedInformation: options.relatedInformation !== false, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
        inlayHint: {},
        completion: { completionItem: { labelDetailsSupport: true } },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
    };
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'ws' }] : null,
      capabilities,
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private listen(): void {
    const c = this.connection;
    c.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const list = this.published.get(params.uri) ?? [];
      list.push(params);
      this.published.set(params.uri, list);
      this.wake();
    });
    // Catch-all handlers: ProtocolConnection's types omit them, the connection beneath has them.
    const all = c as unknown as MessageConnection;
    all.onNotification((method, params) => {
      this.notifications.push({ method, params });
      this.wake();
    });
    all.onRequest((method, params) => {
      this.serverRequests.push(method);
      this.wake();
      if (method === 'workspace/configuration') {
        const items = (params as { items: { section?: string }[] }).items;
        return items.map((item) => (item.section === 'agreementLens' ? this.settings : null));
      }
      // An edit the server asks for (a command's result): applied like a code action's edit.
      if (method === 'workspace/applyEdit') {
        return this.applyEdit((params as { edit: WorkspaceEdit }).edit).then(() => ({ applied: true }));
      }
      return null;
    });
  }

  private wake(): void {
    for (const w of [...this.waiters]) {
      if (w.test()) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  }

  /** Resolves once `test` holds (checked now and after every message from the server). */
  waitFor(what: string, test: () => boolean, timeout = TIMEOUT_MS): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolveWait, reject) => {
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`timed out after ${timeout} ms waiting for ${what}`));
      }, timeout);
      const waiter: Waiter = { test, resolve: () => { clearTimeout(timer); resolveWait(); } };
      this.waiters.push(waiter);
    });
  }

  /** The first diagnostics published for `uri` after `after` earlier publications that satisfy `test`. */
  async diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, after = 0) {
    let found: PublishDiagnosticsParams | undefined;
    await this.waitFor(`diagnostics for ${uri}`, () => {
      found = (this.published.get(uri) ?? []).slice(after).find(test);
      return found !== undefined;
    });
    return found!.diagnostics;
  }

  publishedCount(uri: string): number {
    return this.published.get(uri)?.length ?? 0;
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
    this.docs.set(uri, TextDocument.create(uri, languageId, version, text));
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  /** Applies edits to an open document and sends them as incremental changes; returns the new text. */
  async edit(uri: string, edits: TextEdit[]): Promise<string> {
    const doc = this.docs.get(uri)!;
    // Sequential content changes: the last edit in the document first, so earlier ranges stay valid.
    const changes = [...edits]
      .sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start))
      .map((e) => ({ range: e.range, text: e.newText }));
    const next = TextDocument.update(doc, changes, doc.version + 1);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: next.version }, contentChanges: changes,
    });
    return next.getText();
  }

  /** Applies a code action's edit (`changes` or `documentChanges`) to the open documents. */
  async applyEdit(edit: WorkspaceEdit): Promise<string[]> {
    const out: string[] = [];
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) out.push(await this.edit(uri, edits));
    for (const change of edit.documentChanges ?? []) {
      if ('edits' in change) out.push(await this.edit(change.textDocument.uri, change.edits as TextEdit[]));
    }
    return out;
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  version(uri: string): number {
    return this.docs.get(uri)!.version;
  }

  async configure(settings: Record<string, unknown>): Promise<void> {
    this.settings = { asOf: AS_OF, ...settings };
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { agreementLens: this.settings } });
  }

  /** Shutdown and exit; resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    // A server that does not exit in time is killed, so a hung test cannot keep mocha alive.
    const kill = setTimeout(() => this.child.kill('SIGKILL'), TIMEOUT_MS);
    try {
      if (this.child.exitCode === null && this.child.signalCode === null) {
        await this.connection.sendRequest(ShutdownRequest.type);
        await this.connection.sendNotification(ExitNotification.type);
      }
      return await this.exited;
    } finally {
      clearTimeout(kill);
      this.connection.dispose();
    }
  }
}
