// One cached outcome per open document version, and one engine session per document so a
// re-check after an edit re-analyses only the paragraphs the edit touched. Every feature
// (diagnostics, hover, code actions, inlay hints) reads the same outcome.
import type { CancellationToken } from 'vscode-languageserver';
import type { Finding } from '../engine/types';
import type { Outcome } from './outcome';
import type { Session, Workspace } from './workspace';

export interface DocumentLike {
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  getText(): string;
}

interface Entry {
  engineId: string;
  session: Session;
  version: number;
  key: string;
  outcome: Outcome;
}

export class Checks {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly workspace: Workspace, private readonly byteLength: (text: string) => number = utf8Length) {}

  /** The outcome for the document's current version; undefined when cancelled. */
  async outcome(doc: DocumentLike, token?: CancellationToken): Promise<Outcome | undefined> {
    const context = await this.workspace.contextFor(doc.uri, doc.languageId);
    if (token?.isCancellationRequested) return undefined;
    if (context.skip) return { state: 'skipped', reason: context.skip };
    // Read after the await: the document may have changed meanwhile, and version and text go together.
    const version = doc.version;
    const text = doc.getText();
    const entry = this.entries.get(doc.uri);
    if (entry && entry.version === version && entry.key === context.key) return entry.outcome;

    const limit = context.settings.maxFileSize;
    // A UTF-16 unit is at most 3 UTF-8 bytes, so most documents need no counting.
    const bytes = text.length * 3 > limit ? this.byteLength(text) : 0;
    let outcome: Outcome;
    const session = entry?.engineId === context.engine.id ? entry.session : context.engine.checker.createSession();
    if (bytes > limit) {
      outcome = { state: 'tooLarge', bytes, limit };
    } else {
      // Offsets stay those of the document: a BOM the client kept is not part of what is checked.
      const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
      const result = context.engine.checker.check(bom ? text.slice(1) : text, context.options, session);
      outcome = {
        state: 'checked',
        asOf: result.asOf,
        languageId: context.options.languageId ?? 'markdown',
        findings: bom ? result.findings.map(shift) : result.findings,
        notices: bom ? result.notices.map(shift) : result.notices,
        model: context.engine.model,
        severity: context.options.severity,
      };
    }
    if (token?.isCancellationRequested) return undefined;
    this.entries.set(doc.uri, { engineId: context.engine.id, session, version, key: context.key, outcome });
    return outcome;
  }

  /** The last outcome computed for the document, whatever its version (no check is run). */
  latest(uri: string): Outcome | undefined {
    return this.entries.get(uri)?.outcome;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}

function shift(f: Finding): Finding {
  return { ...f, start: f.start + 1, end: f.end + 1, sentenceStart: f.sentenceStart + 1, sentenceEnd: f.sentenceEnd + 1 };
}

/** UTF-8 length without encoding the text (a 2 MB document would otherwise be copied). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
