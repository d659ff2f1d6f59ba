// startServer: the one server module behind the Node (stdio/IPC) and web-worker entry points.
// Glue only: documents and settings in, engine outcome through the feature files, answers out.
// Every handler is guarded: a failure is logged and answered with an empty result, never a crash.
import {
  CodeActionKind, CodeLensRefreshRequest, DidChangeConfigurationNotification, FileChangeType, LSPErrorCodes, ResponseError,
  TextDocuments, TextDocumentSyncKind, type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtinModel } from '../terms/model';
import { renderModelMarkdown } from '../terms/render';
import type { TermsModel } from '../terms/types';
import { Checks } from './checks';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { codeLenses, summaryOf } from './codeLens';
import { ADD_SOURCE_COMMAND, completionItems, type AddSourceArgs } from './completion';
import { toOffset } from './convert';
import { countsOf, Debouncer, diagnosticsOf, PUSH_DELAY_MS } from './diagnostics';
import { hover } from './hover';
import type { ServerHost } from './host';
import { inlayHints } from './inlayHints';
import type { Outcome } from './outcome';
import * as P from './protocol';
import { SettingsStore } from './settings';
import { ADD_SOURCE_KIND, ADD_SOURCES_KIND, citeAt } from './sources';
import { Watcher } from './watch';
import { Workspace } from './workspace';

export function startServer(connection: Connection, host: ServerHost, model: TermsModel = builtinModel): void {
  const documents = new TextDocuments(TextDocument);
  const settings = new SettingsStore(connection);
  const workspace = new Workspace(connection, host, settings, model);
  const checks = new Checks(workspace, host.byteLength);
  const watcher = new Watcher(connection);
  const debouncer = new Debouncer();
  /** Files checked by Check Workspace while closed: their diagnostics were pushed by us. */
  const pushedClosed = new Set<string>();
  const resultIds = new WeakMap<Outcome, string>();
  let nextResultId = 1;
  const client = {
    pull: false, status: false, dynamicConfiguration: false, workspaceFolders: false, relatedInformation: false,
    diagnosticRefresh: false, inlayHintRefresh: false, codeLensRefresh: false, labelDetails: false,
  };
  workspace.onTermsFile = (path) => watcher.addTermsFile(path);

  function guard<A extends unknown[], R>(name: string, fallback: R, fn: (...args: A) => R | Promise<R>) {
    return async (...args: A): Promise<R> => {
      try {
        return await fn(...args);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        connection.console.error(`agreement-lens ${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
        return fallback;
      }
    };
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    client.pull = caps.textDocument?.diagnostic !== undefined;
    client.relatedInformation = caps.textDocument?.publishDiagnostics?.relatedInformation === true;
    const options = params.initializationOptions as P.InitializationOptions | undefined;
    client.status = options?.status === true;
    workspace.readFiles = options?.workspaceTrusted !== false;
    client.dynamicConfiguration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    client.diagnosticRefresh = caps.workspace?.diagnostics?.refreshSupport === true;
    client.inlayHintRefresh = caps.workspace?.inlayHint?.refreshSupport === true;
    client.codeLensRefresh = caps.workspace?.codeLens?.refreshSupport === true;
    client.labelDetails = caps.textDocument?.completion?.completionItem?.labelDetailsSupport === true;
    watcher.enabled = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    settings.setPullSupported(caps.workspace?.configuration === true);
    client.workspaceFolders = caps.workspace?.workspaceFolders === true;
    workspace.folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, ADD_SOURCE_KIND, ADD_SOURCES_KIND] },
        inlayHintProvider: true,
        codeLensProvider: { resolveProvider: false },
        // A space after a cue ("Microsoft's stake ") asks; letters ask where the editor suggests while typing.
        completionProvider: { triggerCharacters: [' '], resolveProvider: false },
        executeCommandProvider: { commands: [ADD_SOURCE_COMMAND] },
        diagnosticProvider: client.pull ? { identifier: 'agreement-lens', interFileDependencies: false, workspaceDiagnostics: false } : undefined,
        workspace: client.workspaceFolders ? { workspaceFolders: { supported: true, changeNotifications: true } } : undefined,
      },
      serverInfo: { name: 'agreement-lens' },
    };
  });

  connection.onInitialized(guard('initialized', undefined, () => {
    if (client.dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'agreementLens' }).catch(() => undefined);
    watcher.register();
    if (client.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => f.uri));
        workspace.folders = [...workspace.folders.filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri)];
      });
    }
  }));

  async function publish(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const outcome = await checks.outcome(doc);
    // A newer edit re-scheduled this document; its own run publishes.
    if (!outcome || documents.get(uri) !== doc || doc.version !== version) return;
    await connection.sendDiagnostics({ uri, version, diagnostics: diagnosticsOf(doc, outcome, client.relatedInformation) });
    sendStatus(uri, outcome);
  }
  const schedule = (uri: string, delay: number) => debouncer.schedule(uri, delay, guard('publish', undefined, () => publish(uri)));

  function sendStatus(uri: string, outcome: Outcome): void {
    if (!client.status) return;
    const params: P.StatusParams = {
      uri, state: outcome.state, ...countsOf(outcome), ...(outcome.state === 'checked' ? { summary: summaryOf(outcome).text } : {}),
    };
    void connection.sendNotification(P.STATUS, params).catch(() => undefined);
  }

  /** A failed send (the client went away) must not become an unhandled rejection. */
  const clear = (uri: string) => void connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);

  /** Settings, config or terms changed: every open document is judged again. */
  function recheckAll(): void {
    workspace.changed();
    if (client.pull) {
      if (client.diagnosticRefresh) void Promise.resolve(connection.languages.diagnostics.refresh()).catch(() => undefined);
    } else {
      for (const doc of documents.all()) schedule(doc.uri, 0);
    }
    if (client.inlayHintRefresh) void Promise.resolve(connection.languages.inlayHint.refresh()).catch(() => undefined);
    if (client.codeLensRefresh) void Promise.resolve(connection.sendRequest(CodeLensRefreshRequest.type)).catch(() => undefined);
  }

  /** Version each document was opened at: the first check runs at once, edits are debounced. */
  const openedAt = new Map<string, number>();
  documents.onDidOpen(guard('open', undefined, ({ document }) => {
    openedAt.set(document.uri, document.version);
    if (client.pull && pushedClosed.delete(document.uri)) clear(document.uri);
  }));
  documents.onDidChangeContent(({ document }) => {
    if (!client.pull) schedule(document.uri, openedAt.get(document.uri) === document.version ? 0 : PUSH_DELAY_MS);
  });
  documents.onDidClose(guard('close', undefined, ({ document }) => {
    openedAt.delete(document.uri);
    debouncer.cancel(document.uri);
    checks.forget(document.uri);
    settings.forget(document.uri);
    if (!client.pull) clear(document.uri);
  }));

  connection.languages.diagnostics.on(guard('diagnostics', { kind: 'full' as const, items: [] }, async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: 'full' as const, items: [] };
    const outcome = await checks.outcome(doc, token);
    if (!outcome) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'cancelled', { retriggerRequest: true });
    let resultId = resultIds.get(outcome);
    if (!resultId) resultIds.set(outcome, (resultId = String(nextResultId++)));
    sendStatus(doc.uri, outcome);
    if (params.previousResultId === resultId) return { kind: 'unchanged' as const, resultId };
    return { kind: 'full' as const, resultId, items: diagnosticsOf(doc, outcome, client.relatedInformation) };
  }));

  connection.onHover(guard('hover', null, async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    const outcome = doc && await checks.outcome(doc, token);
    return doc && outcome?.state === 'checked' ? hover(doc, outcome, toOffset(doc, params.position)) ?? null : null;
  }));

  connection.onCodeAction(guard('codeAction', [], async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    const outcome = doc && await checks.outcome(doc, token);
    return doc && outcome?.state === 'checked' ? codeActions(doc, outcome, params) : [];
  }));

  connection.languages.inlayHint.on(guard('inlayHint', [], async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    const outcome = doc && await checks.outcome(doc, token);
    if (!doc || outcome?.state !== 'checked') return [];
    return (await settings.get(doc.uri)).inlayHints ? inlayHints(doc, outcome, params.range) : [];
  }));

  connection.onCodeLens(guard('codeLens', [], async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    const outcome = doc && await checks.outcome(doc, token);
    if (!doc || outcome?.state !== 'checked') return [];
    return (await settings.get(doc.uri)).codeLens ? codeLenses(outcome) : [];
  }));

  connection.onCompletion(guard('completion', [], async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const context = await workspace.contextFor(doc.uri, doc.languageId);
    if (context.skip) return [];
    // The as-of date of the last check (front matter included); completion never checks the document itself.
    const last = checks.latest(doc.uri);
    const asOf = last?.state === 'checked' ? last.asOf : context.options.asOf;
    return completionItems(doc, params.position, context.engine.checker.compiled, asOf, client.labelDetails);
  }));

  connection.onExecuteCommand(guard('executeCommand', null, async (params) => {
    if (params.command !== ADD_SOURCE_COMMAND) return null;
    const args = params.arguments?.[0] as AddSourceArgs | undefined;
    const doc = args && documents.get(args.uri);
    const outcome = doc && await checks.outcome(doc);
    if (!doc || !args || outcome?.state !== 'checked') return null;
    const edits = citeAt(doc, outcome, toOffset(doc, args.position), args.termId, args.sourceUrl);
    if (edits.length) await connection.workspace.applyEdit({ label: 'Add source', edit: { changes: { [doc.uri]: edits } } });
    return null;
  }));

  connection.onDidChangeConfiguration(guard('configuration', undefined, (params) => {
    settings.changed(params);
    recheckAll();
  }));

  connection.onDidChangeWatchedFiles(guard('watchedFiles', undefined, (params) => {
    workspace.changed();
    // A changed config is read again even when no open document uses it, so its own problems show.
    for (const change of params.changes) {
      if (!Watcher.isConfig(change.uri)) continue;
      const loaded = change.type === FileChangeType.Deleted || !workspace.readFiles ? undefined : host.files?.configAt(change.uri);
      if (loaded) workspace.report(loaded);
      else workspace.forgetFile(change.uri);
    }
    recheckAll();
  }));

  connection.onRequest(P.CHECK_TEXT, guard('checkText', { problems: 0 } as P.CheckTextResult, async (params: P.CheckTextParams) => {
    const open = documents.get(params.uri);
    const doc = open ?? TextDocument.create(params.uri, params.languageId, 0, params.text);
    const outcome = await checks.outcome(doc);
    if (!open) checks.forget(params.uri);
    if (!outcome) return { problems: 0 };
    const diagnostics = diagnosticsOf(doc, outcome, client.relatedInformation);
    if (!open) {
      pushedClosed.add(params.uri);
      await connection.sendDiagnostics({ uri: params.uri, diagnostics });
    }
    return { problems: diagnostics.length, skipped: outcome.state === 'skipped' ? outcome.reason : outcome.state === 'tooLarge' ? 'too large' : undefined };
  }));

  connection.onRequest(P.TERMS_MARKDOWN, guard('termsMarkdown', { asOf: '', markdown: '' } as P.TermsMarkdownResult, async (params: P.TermsMarkdownParams) => {
    const context = await workspace.contextFor(params?.uri ?? '', 'markdown');
    const asOf = context.options.asOf || host.today();
    // The rendered model quotes superseded values on purpose: it is not a document to check.
    return { asOf, markdown: `<!-- agreement-lens-disable-file -->\n${renderModelMarkdown(context.engine.model, asOf)}` };
  }));

  connection.onShutdown(() => {
    for (const doc of documents.all()) debouncer.cancel(doc.uri);
  });

  documents.listen(connection);
  connection.listen();
}
