// Which files the client watches for us: every `.agreement-lens.json`, and the extra terms
// files named in settings. Registered dynamically (the client must support it); a client that
// does not will still get fresh results after a settings change or a restart.
import { DidChangeWatchedFilesNotification, type Connection, type Disposable } from 'vscode-languageserver';
import { CONFIG_FILE_NAME } from '../config/config';

export class Watcher {
  private readonly globs = new Set<string>([`**/${CONFIG_FILE_NAME}`]);
  private registration: Promise<Disposable> | undefined;
  enabled = false;

  constructor(private readonly connection: Connection) {}

  /** Watches one more terms file (by name, wherever the folder is); re-registers when it is new. */
  addTermsFile(path: string): void {
    const name = path.split(/[\\/]/).pop();
    if (!name || this.globs.has(`**/${name}`)) return;
    this.globs.add(`**/${name}`);
    if (this.registration) this.register();
  }

  register(): void {
    if (!this.enabled) return;
    const previous = this.registration;
    const watchers = [...this.globs].map((globPattern) => ({ globPattern }));
    this.registration = (async () => {
      (await previous?.catch(() => undefined))?.dispose();
      return this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    })();
    this.registration.catch((e) => this.connection.console.warn(`Could not watch files: ${e instanceof Error ? e.message : e}`));
  }

  static isConfig(uri: string): boolean {
    return uri.endsWith(`/${CONFIG_FILE_NAME}`);
  }
}
