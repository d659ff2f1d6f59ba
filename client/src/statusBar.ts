// The status-bar item: the number of stale claims in the active file (and wrong ones, when
// there are any), from the server's status notifications; the tooltip says where the document
// stands against the terms. A click opens the Problems panel.
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('agreementLens.status', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, StatusParams>();
  private readonly changed = new vscode.EventEmitter<string>();
  /** Fires with the new text after each render (the extension-host tests wait on it). */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.item.name = 'Agreement Lens';
    this.item.command = 'workbench.actions.view.problems';
  }

  get text(): string {
    return this.item.text;
  }

  get tooltip(): string {
    return typeof this.item.tooltip === 'string' ? this.item.tooltip : this.item.tooltip?.value ?? '';
  }

  update(params: StatusParams): void {
    this.byUri.set(params.uri, params);
    this.render();
  }

  clear(): void {
    this.byUri.clear();
    this.render();
  }

  render(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri === undefined ? undefined : this.byUri.get(uri);
    if (!status || status.state === 'skipped') {
      this.item.text = '';
      this.item.hide();
      this.changed.fire(this.item.text);
      return;
    }
    const wrong = status.wrong ? ` · ${status.wrong} wrong` : '';
    this.item.text = status.state === 'tooLarge' ? '$(law) skipped' : `$(law) ${status.stale} stale${wrong}`;
    // The summary (the code lens's text) leads the tooltip, so plain-text files show it too.
    this.item.tooltip = status.state === 'tooLarge'
      ? 'Agreement Lens: the file is larger than agreementLens.maxFileSize'
      : `Agreement Lens: ${status.summary ? `${status.summary}.\n\n` : ''}${status.stale} stale, ${status.wrong} wrong, ${status.unconfirmed} unconfirmed claim(s) in this file. Click to open Problems.`;
    this.item.show();
    this.changed.fire(this.item.text);
  }

  dispose(): void {
    this.changed.dispose();
    this.item.dispose();
  }
}
