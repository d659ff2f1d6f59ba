// The four commands (category "Agreement Lens"). Each is a thin call into the server or
// into VS Code's own code-action machinery.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  CHECK_TEXT, TERMS_MARKDOWN, type CheckTextParams, type CheckTextResult, type TermsMarkdownResult,
} from '../../server/src/lsp/protocol';

const FIX_ALL_KIND = 'source.fixAll.agreementLens';
const TERMS_URI = vscode.Uri.parse('agreement-lens:/Agreement%20Lens%20terms%20model.md');
const PROSE_GLOB = '**/*.{md,markdown,mdx,txt}';

interface Controls {
  client(): BaseLanguageClient | undefined;
  restart(): Promise<void>;
}

export function registerCommands(context: vscode.ExtensionContext, controls: Controls): void {
  const terms = new TermsDocument();
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(TERMS_URI.scheme, terms),
    vscode.commands.registerCommand('agreementLens.checkWorkspace', () => checkWorkspace(controls)),
    vscode.commands.registerCommand('agreementLens.fixAll', () => fixAll()),
    vscode.commands.registerCommand('agreementLens.showTermsModel', () => showTerms(controls, terms)),
    vscode.commands.registerCommand('agreementLens.restartServer', () => controls.restart()),
  );
}

async function checkWorkspace(controls: Controls): Promise<{ files: number; problems: number } | undefined> {
  const client = controls.client();
  if (!client) return undefined;
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Agreement Lens: checking the workspace', cancellable: true },
    async (progress, token) => {
      const uris = await vscode.workspace.findFiles(PROSE_GLOB, excludeGlob(), undefined, token);
      const maxSize = vscode.workspace.getConfiguration('agreementLens').get<number>('maxFileSize', 2_000_000);
      const decoder = new TextDecoder();
      let problems = 0;
      let done = 0;
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        progress.report({ message: `${done + 1}/${uris.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / uris.length });
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        // Too large: the server would skip it anyway, so it is not read or sent.
        if (!open && (await vscode.workspace.fs.stat(uri)).size > maxSize) continue;
        const params: CheckTextParams = {
          uri: client.code2ProtocolConverter.asUri(uri),
          languageId: open?.languageId ?? (uri.path.endsWith('.txt') ? 'plaintext' : 'markdown'),
          text: open?.getText() ?? decoder.decode(await vscode.workspace.fs.readFile(uri)),
        };
        problems += (await client.sendRequest<CheckTextResult>(CHECK_TEXT, params, token)).problems;
        done++;
      }
      const verb = token.isCancellationRequested ? 'Stopped after' : 'Checked';
      void vscode.window.showInformationMessage(`Agreement Lens: ${verb} ${done} file(s): ${problems} problem(s).`, 'Show Problems')
        .then((choice) => choice && vscode.commands.executeCommand('workbench.actions.view.problems'));
      return { files: done, problems };
    },
  );
}

/** files.exclude as one glob, plus node_modules (findFiles drops files.exclude once a glob is given). */
function excludeGlob(): string {
  const excluded = vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude') ?? {};
  const globs = ['**/node_modules/**', ...Object.keys(excluded).filter((g) => excluded[g] === true)];
  return `{${globs.join(',')}}`;
}

async function fixAll(): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return false;
  const doc = editor.document;
  const whole = new vscode.Range(0, 0, doc.lineCount, 0);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, FIX_ALL_KIND);
  const edit = actions?.find((a) => a.kind?.value === FIX_ALL_KIND && a.edit)?.edit;
  if (!edit) {
    void vscode.window.showInformationMessage('Agreement Lens: nothing to fix in this file.');
    return false;
  }
  return vscode.workspace.applyEdit(edit);
}

async function showTerms(controls: Controls, terms: TermsDocument): Promise<void> {
  const client = controls.client();
  if (!client) return;
  const uri = vscode.window.activeTextEditor?.document.uri;
  const result = await client.sendRequest<TermsMarkdownResult>(TERMS_MARKDOWN, { uri: uri && client.code2ProtocolConverter.asUri(uri) });
  terms.set(result.markdown);
  await vscode.commands.executeCommand('markdown.showPreview', TERMS_URI);
}

/** The rendered model as a read-only virtual document, so the Markdown preview can show it. */
class TermsDocument implements vscode.TextDocumentContentProvider {
  private markdown = '';
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  set(markdown: string): void {
    this.markdown = markdown;
    this.changed.fire(TERMS_URI);
  }

  provideTextDocumentContent(): string {
    return this.markdown;
  }
}
