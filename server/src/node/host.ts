// The Node host: today's date, and the workspace files (`.agreement-lens.json` found upward
// from each document, the extra terms file) read through the config helper the CLI uses.
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseConfig, type UserConfig } from '../config/config';
import { ConfigFinder, ioMessage, type LoadedConfig } from '../config/node';
import { localToday, type LoadedFile, type ServerHost, type WorkspaceFiles } from '../lsp/host';

export function nodeHost(): ServerHost {
  return { today: () => localToday(), files: nodeFiles(), byteLength: (text) => Buffer.byteLength(text, 'utf8') };
}

function nodeFiles(): WorkspaceFiles {
  const finder = new ConfigFinder();
  const termsFiles = new Map<string, LoadedFile<UserConfig>>();
  return {
    configFor(documentUri) {
      const path = toPath(documentUri);
      const found = path && finder.find(dirname(path));
      if (!path || !found) return undefined;
      const loaded = finder.load(found);
      return { ...asFile(loaded), relativePath: relative(loaded.dir, path).split('\\').join('/') };
    },
    configAt(configUri) {
      const path = toPath(configUri);
      return path ? asFile(finder.load(path)) : undefined;
    },
    termsFile(setting, folderUri) {
      const base = (folderUri && toPath(folderUri)) || process.cwd();
      const path = isAbsolute(setting) ? setting : resolve(base, setting);
      let file = termsFiles.get(path);
      if (!file) {
        file = readTerms(path);
        termsFiles.set(path, file);
      }
      return file;
    },
    clear() {
      finder.clear();
      termsFiles.clear();
    },
  };
}

function asFile(loaded: LoadedConfig): LoadedFile<UserConfig> {
  return { uri: pathToFileURL(loaded.path).href, value: loaded.config, errors: loaded.errors };
}

/** A terms file has the shape of a config file: `{ "terms": [ … ], "sources": { … } }`. */
function readTerms(path: string): LoadedFile<UserConfig> {
  const uri = pathToFileURL(path).href;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { uri, errors: [{ message: `cannot read the terms file (agreementLens.termsFile): ${ioMessage(e)}`, line: 1, column: 1 }] };
  }
  const parsed = parseConfig(text, path);
  return { uri, value: parsed.config, errors: parsed.errors };
}

function toPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
