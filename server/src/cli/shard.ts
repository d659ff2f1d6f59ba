// --shard K/N: check only the K-th of N parts of the file list, so a CI matrix of N jobs
// checks a large repository on N machines. A file's part depends on its path alone (relative
// to the working folder, with forward slashes), never on the other files: every job computes
// the same split, the N parts are disjoint and cover every file, and adding or removing a
// file moves no other file. The part is chosen by rendezvous hashing (the part whose hash with
// the path is highest), so changing N moves only the files the new split must move.

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Parses "K/N"; undefined when malformed (the caller reports it). */
export function parseShard(text: string): Shard | undefined {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && index <= count ? { index, count } : undefined;
}

/** The part (1…count) a path belongs to. */
export function shardOf(path: string, count: number): number {
  let best = 1;
  let bestScore = -1;
  for (let k = 1; k <= count; k++) {
    const score = hash(`${k}\u0000${path}`);
    if (score > bestScore) { bestScore = score; best = k; }
  }
  return best;
}

export function inShard(path: string, shard: Shard): boolean {
  return shard.count === 1 || shardOf(path, shard.count) === shard.index;
}

/** FNV-1a over UTF-16 code units, then murmur3's finaliser so near-identical paths spread out. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
