// What the server needs from the platform it runs on. The Node build reads workspace files
// (`.agreement-lens.json`, the extra terms file); the browser build has no file system, so
// only the settings apply there.
import type { ConfigError, UserConfig } from '../config/config';

export interface ServerHost {
  /** Today's date (YYYY-MM-DD) in the user's time zone; read once per check, never in the engine. */
  today(): string;
  files?: WorkspaceFiles;
  /** UTF-8 length of a text; Node's native count is several times faster than a JS loop. */
  byteLength?(text: string): number;
}

export interface LoadedFile<T> {
  /** URI of the file, where its own diagnostics are published. */
  uri: string;
  value?: T;
  errors: ConfigError[];
}

export interface WorkspaceFiles {
  /**
   * The `.agreement-lens.json` that governs a document, found upward from it, with the document's
   * path relative to the file's folder (`ignore` globs are); undefined when none.
   */
  configFor(documentUri: string): (LoadedFile<UserConfig> & { relativePath: string }) | undefined;
  /** A config file read by its own URI (it changed on disk and may govern no open document). */
  configAt(configUri: string): LoadedFile<UserConfig> | undefined;
  /**
   * The extra terms file of the `termsFile` setting (the shape of a config file: `terms` and the
   * `sources` they cite); a relative path is read from `folderUri`.
   */
  termsFile(path: string, folderUri: string | undefined): LoadedFile<UserConfig>;
  /** Forget what was read: a watched file changed. */
  clear(): void;
}

export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
