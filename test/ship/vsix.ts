// The packaged extension, built once per test run with the same command a release uses
// (`npm run package`: production bundles, then vsce), and read back without unzip: a .vsix is a
// zip file, and its central directory lists every entry with its size.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';

export const ROOT = resolve(__dirname, '../..');
const OUT = join(ROOT, '.test-output/package');
const run = promisify(execFile);

let packaging: Promise<string> | undefined;

/** Path of the packaged .vsix; the first call builds it (about 5 s). */
export function packagedVsix(): Promise<string> {
  return (packaging ??= (async () => {
    const vsix = join(OUT, 'agreement-lens.vsix');
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    try {
      await run('npm', ['run', 'package', '--', '--out', vsix], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, timeout: 120000 });
    } finally {
      // The production build replaced dist/: put back the development build (with source maps)
      // that `npm test` made, for the suites that run after this one.
      await run(process.execPath, ['esbuild.mjs'], { cwd: ROOT, timeout: 120000 });
    }
    return vsix;
  })());
}

export interface ZipEntry {
  name: string;
  size: number;
  read(): Buffer;
}

/** The entries of a zip file, from its central directory (no zip64, no encryption: vsce writes neither). */
export function zipEntries(file: string): ZipEntry[] {
  const zip = readFileSync(file);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${i}`);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({
      name, size,
      read() {
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const data = zip.subarray(start, start + compressed);
        return method === 0 ? Buffer.from(data) : inflateRawSync(data);
      },
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
