// Everything that decides how a document is checked: its settings, the workspace config found
// upward from it, the extra terms (config `terms` and the `termsFile` setting) merged into the
// built-in model, the severity overrides and the as-of date. A broken config or terms file gets
// diagnostics of its own and the built-in model keeps working.
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { compileGlob } from '../cli/glob';
import { modelWithConfig, type ConfigError, type UserConfig } from '../config/config';
import { createChecker } from '../engine/index';
import type { CheckOptions, Severity } from '../engine/types';
import type { TermsModel } from '../terms/types';
import { lineColumnRange, SOURCE } from './convert';
import type { LoadedFile, ServerHost } from './host';
import type { Settings, SettingsStore } from './settings';

export type Checker = ReturnType<typeof createChecker>;
export type Session = ReturnType<Checker['createSession']>;

export interface Engine {
  /** Identity of the model: a session belongs to the checker it was created by. */
  id: string;
  model: TermsModel;
  checker: Checker;
}

export interface CheckContext {
  settings: Settings;
  /** Why the document is not checked, when it is not. */
  skip?: string;
  engine: Engine;
  options: CheckOptions;
  /** Changes whenever anything above changes: a cached outcome with another key is stale. */
  key: string;
}

export class Workspace {
  private generation = 0;
  private readonly engines = new Map<string, Engine>();
  private readonly builtin: Engine;
  /** Files whose own diagnostics were published, with what was published. */
  private readonly published = new Map<string, string>();
  folders: string[] = [];
  /** False in an untrusted workspace: only the built-in model and the settings apply. */
  readFiles = true;
  /** Told about every extra terms file in use, so it can be watched. */
  onTermsFile: (path: string) => void = () => undefined;

  constructor(
    private readonly connection: Connection,
    private readonly host: ServerHost,
    private readonly settingsStore: SettingsStore,
    model: TermsModel,
  ) {
    this.builtin = { id: 'builtin', model, checker: createChecker(model) };
  }

  /** Settings, config or watched files changed: everything is read again on the next check. */
  changed(): void {
    this.generation++;
    this.engines.clear();
    this.host.files?.clear();
  }

  async contextFor(uri: string, languageId: string): Promise<CheckContext> {
    const settings = await this.settingsStore.get(uri);
    const canonical = canonicalLanguage(languageId);
    const language = canonical === 'markdown' ? 'markdown' : 'plaintext';
    const base = { settings, engine: this.builtin };
    if (!settings.enable) return this.skipped(base, 'disabled by agreementLens.enable');
    if (!settings.languages.includes(languageId) && !settings.languages.includes(canonical)) {
      return this.skipped(base, `language "${languageId}" is not in agreementLens.languages`);
    }
    const files = this.readFiles ? this.host.files : undefined;
    const found = files?.configFor(uri);
    if (found) this.report(found);
    // Like the CLI, a config with errors governs nothing until it is fixed.
    const config = found && found.errors.length === 0 ? found : undefined;
    const folder = this.folders.find((f) => uri.startsWith(f.endsWith('/') ? f : `${f}/`));
    const termsFile = settings.termsFile && files ? files.termsFile(settings.termsFile, folder) : undefined;
    if (termsFile) {
      this.report(termsFile);
      this.onTermsFile(settings.termsFile);
    }
    const terms = termsFile && termsFile.errors.length === 0 ? termsFile : undefined;

    const ignore = config?.value?.ignore ?? [];
    if (config && ignore.some((g) => compileGlob(g, { ignoreStyle: true })(config.relativePath))) {
      return this.skipped(base, `ignored by ${config!.uri}`);
    }

    const engine = this.engineFor(config, terms);
    // The user's settings are the most specific intent, so they win over the shared config file.
    const severity: Record<string, Severity> = { ...config?.value?.rules, ...settings.severity };
    const asOf = settings.asOf || config?.value?.asOf || this.host.today();
    const options: CheckOptions = { languageId: language, asOf, severity, all: true };
    return { settings, engine, options, key: `${this.generation}|${engine.id}|${language}|${asOf}|${JSON.stringify(severity)}` };
  }

  private skipped(base: Pick<CheckContext, 'settings' | 'engine'>, skip: string): CheckContext {
    return { ...base, skip, options: { asOf: '', all: true }, key: `${this.generation}|skip|${skip}` };
  }

  private engineFor(config: LoadedFile<UserConfig> | undefined, terms: LoadedFile<UserConfig> | undefined): Engine {
    if (!config?.value?.terms?.length && !terms?.value?.terms?.length) return this.builtin;
    const id = `${config?.uri ?? ''}|${terms?.uri ?? ''}`;
    let engine = this.engines.get(id);
    if (!engine) {
      try {
        // The terms file is applied last: a user's own file wins over the shared workspace one.
        const model = modelWithConfig(terms?.value, modelWithConfig(config?.value, this.builtin.model));
        engine = { id: `${this.generation}|${id}`, model, checker: createChecker(model) };
      } catch (e) {
        // Terms that pass the file's checks but not the engine's: keep the built-in model.
        const owner = (terms?.value?.terms?.length ? terms : config)!;
        this.report({ uri: owner.uri, errors: [{ message: `extra terms not used: ${e instanceof Error ? e.message : String(e)}`, line: 1, column: 1 }] });
        engine = this.builtin;
      }
      this.engines.set(id, engine);
    }
    return engine;
  }

  /** Publishes a config or terms file's own problems on its URI (or clears them). */
  report(file: { uri: string; errors: ConfigError[] }): void {
    const signature = JSON.stringify(file.errors);
    if ((this.published.get(file.uri) ?? '[]') === signature) return;
    this.published.set(file.uri, signature);
    const diagnostics: Diagnostic[] = file.errors.map((e) => ({
      range: lineColumnRange(e.line, e.column, e.line, e.column + 1),
      severity: DiagnosticSeverity.Error,
      source: SOURCE,
      code: 'config.invalid',
      message: `${e.message} (this file is not used until it is fixed)`,
    }));
    void this.connection.sendDiagnostics({ uri: file.uri, diagnostics }).catch(() => undefined);
  }

  /** A watched file was deleted: its diagnostics go with it. */
  forgetFile(uri: string): void {
    if (!this.published.has(uri)) return;
    this.published.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
  }
}

/** Clients name the two languages in several ways (Neovim's `text`, VS Code's `mdx`). */
export function canonicalLanguage(languageId: string): string {
  if (languageId === 'text' || languageId === 'txt') return 'plaintext';
  if (languageId === 'mdx' || languageId.startsWith('markdown.')) return 'markdown';
  return languageId;
}
