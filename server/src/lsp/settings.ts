// The `agreementLens.*` settings: one place for their defaults and for reading them.
// Values come from clients we do not control (VS Code, Neovim, Vim ALE, eglot), so every key
// is checked on its own and a malformed value falls back to its default instead of failing.
import type { Connection } from 'vscode-languageserver';
import type { Severity } from '../engine/types';
import { isIsoDate } from '../terms/model';

export interface Settings {
  enable: boolean;
  /** Language ids checked (`text` and `mdx` are read as aliases, see `languageOf`). */
  languages: string[];
  /** Overrides by rule id or kind; the rule id wins. */
  severity: Record<string, Severity>;
  /** YYYY-MM-DD, or '' for today. */
  asOf: string;
  /** Bytes (UTF-8); larger documents are skipped with one information diagnostic. */
  maxFileSize: number;
  inlayHints: boolean;
  /** The summary code lens on the first line of Markdown documents. */
  codeLens: boolean;
  /** Path to an extra terms JSON file, absolute or relative to the workspace folder. */
  termsFile: string;
}

export const SECTION = 'agreementLens';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enable: true,
  languages: ['markdown', 'plaintext'],
  severity: {},
  asOf: '',
  maxFileSize: 2_000_000,
  inlayHints: false,
  codeLens: true,
  termsFile: '',
});

const SEVERITIES: ReadonlySet<string> = new Set(['off', 'hint', 'information', 'warning', 'error']);

/** Reads one settings object; anything that is not the documented shape becomes the default. */
export function normalizeSettings(raw: unknown): Settings {
  const r = isObject(raw) ? raw : {};
  const d = DEFAULT_SETTINGS;
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : d.enable,
    languages: Array.isArray(r.languages) && r.languages.every((l) => typeof l === 'string')
      ? [...r.languages] : [...d.languages],
    severity: readSeverity(r.severity),
    asOf: typeof r.asOf === 'string' && isIsoDate(r.asOf.trim()) ? r.asOf.trim() : d.asOf,
    maxFileSize: typeof r.maxFileSize === 'number' && Number.isFinite(r.maxFileSize) && r.maxFileSize > 0
      ? r.maxFileSize : d.maxFileSize,
    inlayHints: typeof r.inlayHints === 'boolean' ? r.inlayHints : d.inlayHints,
    codeLens: typeof r.codeLens === 'boolean' ? r.codeLens : d.codeLens,
    termsFile: typeof r.termsFile === 'string' ? r.termsFile.trim() : d.termsFile,
  };
}

function readSeverity(raw: unknown): Record<string, Severity> {
  const out: Record<string, Severity> = {};
  if (!isObject(raw)) return out;
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string' && SEVERITIES.has(value)) out[key] = value as Severity;
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Settings per document. Clients that answer `workspace/configuration` are asked per resource
 * (settings can differ per folder); the others push settings in `didChangeConfiguration`.
 */
export class SettingsStore {
  private readonly perUri = new Map<string, Promise<Settings>>();
  private pushed: Settings = normalizeSettings(undefined);
  private pullSupported = false;

  constructor(private readonly connection: Connection) {}

  setPullSupported(supported: boolean): void {
    this.pullSupported = supported;
  }

  get(uri: string): Promise<Settings> {
    if (!this.pullSupported) return Promise.resolve(this.pushed);
    let settings = this.perUri.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri || undefined, section: SECTION })
        .then(normalizeSettings, () => normalizeSettings(undefined));
      this.perUri.set(uri, settings);
    }
    return settings;
  }

  /** A `didChangeConfiguration` payload: drop what was read, keep what was pushed. */
  changed(payload: unknown): void {
    this.perUri.clear();
    const settings = isObject(payload) ? payload.settings : undefined;
    if (isObject(settings) && SECTION in settings) this.pushed = normalizeSettings(settings[SECTION]);
  }

  forget(uri: string): void {
    this.perUri.delete(uri);
  }
}
