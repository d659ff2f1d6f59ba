// --fix: applying replacements to text, and writing a file so that it is never half-written.
import { chmodSync, closeSync, fsyncSync, openSync, realpathSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/** Applies non-overlapping edits (the earlier of two overlapping ones wins); the rest wait for the next pass. */
export function applyEdits(text: string, edits: Edit[]): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: Edit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.start < lastEnd || e.start < 0 || e.end > text.length || e.start > e.end) continue;
    if (text.slice(e.start, e.end) === e.replacement) continue;
    chosen.push(e);
    lastEnd = Math.max(e.end, e.start + 1);
  }
  let out = '';
  let at = 0;
  for (const e of chosen) {
    out += text.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  return { text: out + text.slice(at), applied: chosen.length };
}

/**
 * Writes `data` to a temporary file beside the target (so rename stays on one filesystem),
 * with the target's permission bits, flushes it, then renames it over the target: readers
 * see the old file or the new one, never a mix. A symbolic link is resolved first so the link
 * itself stays a link.
 */
export function writeFileAtomic(path: string, data: Buffer, mode: number): void {
  const target = realpathSync(path);
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.agreement-lens.tmp`);
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    unlinkSync(tmp);
    throw e;
  }
  closeSync(fd);
  try {
    // chmod after creation: the umask would otherwise narrow the mode.
    chmodSync(tmp, mode & 0o7777);
    renameSync(tmp, target);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw e;
  }
}
