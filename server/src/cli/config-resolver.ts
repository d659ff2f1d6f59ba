// Which configuration governs each file, and what it contributes. Each config file is read,
// validated and reported once per run; a broken one is an error (exit 2) and governs nothing,
// so its files are checked with the built-in model and default rules.
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { ConfigFinder, type LoadedConfig } from '../config/node';
import type { RuleSet } from './check-file';
import { compileGlob } from './glob';
import type { ErrorEntry } from './report';

export class ConfigResolver {
  readonly errors: ErrorEntry[] = [];
  readonly ruleSets: Record<string, RuleSet> = {};
  private readonly finder = new ConfigFinder();
  private readonly seen = new Map<string, { key: string | null; ignore?: (rel: string) => boolean }>();
  private readonly explicit?: string;

  constructor(private readonly cwd: string, explicit?: string) {
    if (explicit !== undefined) {
      this.explicit = resolve(cwd, explicit);
      // Read it now, so a missing --config file is reported even when no file gets checked.
      this.forDir(cwd);
    }
  }

  /** The config that governs files in `dir`, or undefined when there is none. */
  forDir(dir: string): LoadedConfig | undefined {
    const path = this.explicit ?? this.finder.find(dir);
    if (path === undefined) return undefined;
    const loaded = this.finder.load(path);
    this.register(loaded);
    return loaded;
  }

  /** The rule-set key for a file: the config's path when the config is valid, otherwise null. */
  keyFor(fileAbs: string): string | null {
    const cfg = this.forDir(dirname(fileAbs));
    return cfg ? this.seen.get(cfg.path)!.key : null;
  }

  /** Excluded by the `ignore` list of the config that governs the path. */
  ignored = (abs: string): boolean => {
    const cfg = this.forDir(dirname(abs));
    const matcher = cfg && this.seen.get(cfg.path)!.ignore;
    if (!cfg || !matcher) return false;
    const rel = relative(cfg.dir, abs);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
    return matcher(rel.split(sep).join('/'));
  };

  private register(loaded: LoadedConfig): void {
    if (this.seen.has(loaded.path)) return;
    const shown = this.display(loaded.path);
    const { config, errors } = loaded;
    for (const e of errors) this.errors.push({ path: shown, message: e.message, line: e.line, column: e.column });
    if (!config) {
      this.seen.set(loaded.path, { key: null });
      return;
    }
    this.ruleSets[loaded.path] = { asOf: config.asOf, rules: config.rules, terms: config.terms, sources: config.sources };
    const globs = (config.ignore ?? []).map((g) => compileGlob(g, { ignoreStyle: true }));
    this.seen.set(loaded.path, { key: loaded.path, ignore: globs.length ? (rel) => globs.some((m) => m(rel)) : undefined });
  }

  /** A config path as the user would type it: relative to the working folder when under it. */
  private display(path: string): string {
    const rel = relative(this.cwd, path);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  }
}
