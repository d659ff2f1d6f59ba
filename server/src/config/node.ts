// Node-side configuration discovery: the nearest .agreement-lens.json upward from a folder,
// like .markdownlint.json. Shared by the CLI and the Node language server; both keep one
// ConfigFinder and clear it when a config file changes.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAME, parseConfig, type ParsedConfig } from './config';

export interface LoadedConfig extends ParsedConfig {
  /** Absolute path of the file. */
  path: string;
  /** Its folder: `ignore` globs are relative to it. */
  dir: string;
}

export class ConfigFinder {
  private readonly byDir = new Map<string, string | null>();
  private readonly loaded = new Map<string, LoadedConfig>();

  /** Absolute path of the config file that governs `startDir`, walking up to the filesystem root. */
  find(startDir: string): string | undefined {
    const visited: string[] = [];
    let dir = resolve(startDir);
    let found: string | null = null;
    for (;;) {
      const cached = this.byDir.get(dir);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(dir);
      const candidate = join(dir, CONFIG_FILE_NAME);
      if (isFile(candidate)) {
        found = candidate;
        break;
      }
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    for (const d of visited) this.byDir.set(d, found);
    return found ?? undefined;
  }

  /** Reads and parses a config file once; an unreadable file is an error at line 1, column 1. */
  load(path: string): LoadedConfig {
    const abs = resolve(path);
    let entry = this.loaded.get(abs);
    if (!entry) {
      entry = { path: abs, dir: dirname(abs), ...readConfig(abs) };
      this.loaded.set(abs, entry);
    }
    return entry;
  }

  clear(): void {
    this.byDir.clear();
    this.loaded.clear();
  }
}

const shared = new ConfigFinder();

/** The nearest config file upward from `startDir` (cached per folder for the process's life). */
export function findConfig(startDir: string): string | undefined {
  return shared.find(startDir);
}

export function readConfig(path: string): ParsedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { errors: [{ message: `cannot read the config file: ${ioMessage(e)}`, line: 1, column: 1 }] };
  }
  return parseConfig(text, path);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A one-line, user-facing description of a filesystem error. */
export function ioMessage(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'EMFILE':
    case 'ENFILE': return 'too many open files';
    default: return (e instanceof Error ? e.message : String(e)).split('\n')[0];
  }
}
