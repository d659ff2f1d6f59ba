// Expands the command line's paths into the list of files to check, in a deterministic order:
// arguments in the order given, each folder depth-first with names sorted by code unit.
// Folders skip node_modules and dot-folders; symbolic links are followed, but a folder whose
// real path is already being walked (a loop) or was walked (a duplicate) is not walked again.
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { ioMessage } from '../config/node';
import { compileGlob, hasGlobChars, splitGlob } from './glob';

export const PROSE_EXTENSIONS = ['.md', '.markdown', '.mdx', '.txt'];

export type Target =
  | { kind: 'stdin'; display: string }
  | { kind: 'file'; display: string; abs: string };

export interface Problem {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export interface WalkResult {
  targets: Target[];
  /** Named paths that are missing or unreadable, unlistable folders, globs that match nothing (exit 2). */
  errors: Problem[];
  /** Things skipped on the way (exit unaffected). */
  notices: Problem[];
}

/** Says whether a file or folder (absolute path) is excluded by a config's `ignore`. */
export type IgnoreTest = (abs: string, isDir: boolean) => boolean;

export function collectTargets(args: string[], ignored: IgnoreTest = () => false): WalkResult {
  const out: WalkResult = { targets: [], errors: [], notices: [] };
  const seenFiles = new Set<string>();
  // Per argument: a folder reached twice through links is walked once.
  let walkedDirs = new Set<string>();
  let matched = 0;
  let stdinSeen = false;

  /** `real`: the file's real path when the walk knows it (a plain entry of a folder whose real path it has). */
  const addFile = (display: string, abs: string, known?: string) => {
    matched++;
    let real = known;
    if (real === undefined) {
      try {
        real = realpathSync.native(abs);
      } catch {
        real = abs;
      }
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    out.targets.push({ kind: 'file', display, abs });
  };

  /** Walks `dir`; `accept(rel)` decides on files; `ancestors` holds real paths of the folders above. */
  const walk = (dir: string, display: string, rel: string, accept: (rel: string) => boolean, maxDepth: number, ancestors: Set<string>) => {
    let real: string;
    try {
      real = realpathSync.native(dir);
    } catch (e) {
      out.errors.push({ path: display, message: ioMessage(e) });
      return;
    }
    if (ancestors.has(real)) {
      out.notices.push({ path: display, message: 'skipped, symbolic link loop' });
      return;
    }
    if (walkedDirs.has(real)) return;
    walkedDirs.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      // A folder that cannot be listed fails the run: CI must not pass on files it never saw.
      out.errors.push({ path: display, message: ioMessage(e) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const inside = new Set(ancestors).add(real);
    for (const entry of entries) {
      const abs = join(dir, entry.name);
      const shown = join(display, entry.name);
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      const link = entry.isSymbolicLink();
      if (link) {
        const target = statOrNull(abs);
        if (!target) {
          out.notices.push({ path: shown, message: 'skipped, broken symbolic link' });
          continue;
        }
        isDir = target.isDirectory();
        isFile = target.isFile();
      }
      if (isDir) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.') || maxDepth <= 1 || ignored(abs, true)) continue;
        walk(abs, shown, relPath, accept, maxDepth - 1, inside);
      } else if (isFile && accept(relPath) && !ignored(abs, false)) {
        // A plain entry's real path is its folder's real path and its name: no system call per file.
        addFile(shown, abs, link ? undefined : join(real, entry.name));
      }
    }
  };

  for (const arg of args) {
    if (arg === '-') {
      if (!stdinSeen) out.targets.push({ kind: 'stdin', display: '<stdin>' });
      stdinSeen = true;
      continue;
    }
    const abs = resolve(arg);
    walkedDirs = new Set();
    let stats: Stats;
    try {
      stats = statSync(abs);
    } catch (e) {
      if (hasGlobChars(arg) && (e as NodeJS.ErrnoException).code === 'ENOENT') expandGlob(arg);
      else out.errors.push({ path: arg, message: ioMessage(e) });
      continue;
    }
    if (stats.isDirectory()) {
      const isProse = (rel: string) => PROSE_EXTENSIONS.some((ext) => rel.toLowerCase().endsWith(ext));
      walk(abs, arg, '', isProse, Infinity, new Set());
    } else if (ignored(abs, false)) {
      out.notices.push({ path: arg, message: 'skipped, excluded by the "ignore" list of its config' });
    } else {
      addFile(arg, abs);
    }
  }
  return out;

  function expandGlob(pattern: string) {
    const { base, rest } = splitGlob(pattern);
    const before = matched;
    const baseStats = statOrNull(resolve(base));
    if (baseStats?.isDirectory()) {
      const depth = rest.split('/').includes('**') ? Infinity : rest.split('/').filter(Boolean).length;
      walk(resolve(base), base, '', compileGlob(rest), depth, new Set());
    }
    if (matched === before) out.errors.push({ path: pattern, message: 'no files match this pattern' });
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
