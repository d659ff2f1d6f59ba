// Reading a document: size limit, binary detection, BOM and encoding, and the reverse for --fix.
// The engine sees text without a BOM; offsets in findings are UTF-16 offsets into that text.
import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { ioMessage } from '../config/node';

export type Encoding = 'utf8' | 'utf16le' | 'utf16be';

export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
  /** Bytes that were not UTF-8 became U+FFFD; such a file is never rewritten. */
  invalid: boolean;
}

export type ReadOutcome =
  | { ok: true; doc: Decoded; mode: number }
  | { ok: false; skip: string }
  | { ok: false; error: string };

const BINARY_PROBE = 8 * 1024;

export function readDocument(abs: string, maxSize: number): ReadOutcome {
  let fd: number;
  try {
    fd = openSync(abs, 'r');
  } catch (e) {
    return { ok: false, error: ioMessage(e) };
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { ok: false, error: 'is a directory' };
    if (stats.size > maxSize) return { ok: false, skip: `skipped, ${formatBytes(stats.size)} is over the size limit of ${formatBytes(maxSize)} (--max-file-size)` };
    const buf = readAll(fd, stats.size, stats.isFile());
    const doc = decode(buf);
    return doc ? { ok: true, doc, mode: stats.mode } : { ok: false, skip: 'skipped, binary file (NUL byte in the first 8 KB)' };
  } catch (e) {
    return { ok: false, error: ioMessage(e) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Files are read into one scratch buffer, grown when a file needs more, and decoded from it:
 * the text is a copy anyway, and a fresh buffer per file (thousands in a repository) cost more
 * in page faults and collection than the reads themselves. Each worker has its own.
 */
let scratch = Buffer.allocUnsafe(256 * 1024);

/**
 * Reads to the end even when the file grew since fstat (size is only a hint). `regular`: a
 * regular file, whose read comes back short only at its end; a pipe's may come back short any time.
 */
function readAll(fd: number, size: number, regular: boolean): Buffer {
  let total = 0;
  for (;;) {
    // Room for the expected bytes and more, so the read that finds the end needs no new buffer.
    if (scratch.length < Math.max(size, total) + 64 * 1024) {
      const grown = Buffer.allocUnsafe(Math.max(size, total) * 2 + 64 * 1024);
      scratch.copy(grown, 0, 0, total);
      scratch = grown;
    }
    const want = scratch.length - total;
    const n = readSync(fd, scratch, total, want, null);
    total += n;
    // No second read to find the end of a regular file; one that filled the buffer (the file
    // grew) goes round again.
    if (n === 0 || (regular && n < want)) return scratch.subarray(0, total);
  }
}

/** Undefined for binary content. */
export function decode(buf: Buffer): Decoded | undefined {
  // An odd byte count cannot be UTF-16: the last byte is dropped, so the file is not rewritten.
  const odd = buf.length % 2 === 1;
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: buf.toString('utf16le', 2), encoding: 'utf16le', bom: true, invalid: odd };
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    const body = Buffer.from(buf.subarray(2, buf.length - (odd ? 1 : 0)));
    return { text: body.swap16().toString('utf16le'), encoding: 'utf16be', bom: true, invalid: odd };
  }
  const probe = buf.subarray(0, BINARY_PROBE);
  if (probe.includes(0)) return undefined;
  const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  const body = bom ? buf.subarray(3) : buf;
  return { text: body.toString('utf8'), encoding: 'utf8', bom, invalid: !isUtf8(body) };
}

export function encode(text: string, doc: Pick<Decoded, 'encoding' | 'bom'>): Buffer {
  if (doc.encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (doc.encoding === 'utf16be') return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  const body = Buffer.from(text, 'utf8');
  return doc.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
