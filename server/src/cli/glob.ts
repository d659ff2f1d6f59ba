// A small glob matcher: `*`, `?`, `[a-z]`, `[!x]`, `{a,b}` and `**` across folders.
// Node 20 has no fs.glob and the project keeps its dependencies few. Patterns from a workspace
// config are untrusted, so nothing here compiles to a regular expression: segments are matched
// by the linear wildcard algorithm and `**` by a memoised walk, both polynomial at worst.

type Token = { kind: 'char'; c: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; negate: boolean; ranges: [string, string][] };
type Segment = { globstar: true } | { globstar: false; tokens: Token[]; literal: string | null; dotOk: boolean };

const MAX_BRACE_EXPANSIONS = 256;

export function hasGlobChars(s: string): boolean {
  return /[*?[\]{}]/.test(s);
}

/** Splits `docs/**\/*.md` into the folder to walk (`docs`) and the pattern below it (`**\/*.md`). */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const parts = pattern.replace(/\\/g, '/').split('/');
  let k = 0;
  while (k < parts.length - 1 && !hasGlobChars(parts[k])) k++;
  const base = parts.slice(0, k).join('/');
  return { base: base === '' ? (pattern.startsWith('/') ? '/' : '.') : base, rest: parts.slice(k).join('/') };
}

export interface GlobOptions {
  /** gitignore-like: a pattern without '/' matches a name at any depth; matching a folder matches all below. */
  ignoreStyle?: boolean;
}

/** Compiles a pattern into a predicate over forward-slash paths relative to the pattern's base. */
export function compileGlob(pattern: string, options: GlobOptions = {}): (path: string) => boolean {
  let p = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
  if (options.ignoreStyle) {
    p = p.replace(/\/+$/, '');
    if (p.startsWith('/')) p = p.slice(1);
    else if (!p.includes('/')) p = `**/${p}`;
  }
  const alternatives = expandBraces(p).map((alt) => alt.split('/').filter(Boolean).map(compileSegment));
  return (path: string) => {
    const parts = path.replace(/\\/g, '/').replace(/^\.\//, '').split('/').filter(Boolean);
    for (const segs of alternatives) {
      if (matchPath(segs, parts)) return true;
      if (options.ignoreStyle) {
        for (let n = 1; n < parts.length; n++) if (matchPath(segs, parts.slice(0, n))) return true;
      }
    }
    return false;
  };
}

/** `a{b,c{d,e}}f` → abf, acdf, acef; bounded so a hostile pattern cannot explode. */
function expandBraces(p: string): string[] {
  const open = p.indexOf('{');
  if (open < 0) return [p];
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let k = open; k < p.length && close < 0; k++) {
    if (p[k] === '{') depth++;
    else if (p[k] === '}' && --depth === 0) close = k;
    else if (p[k] === ',' && depth === 1) commas.push(k);
  }
  // An unmatched or comma-less brace is an ordinary character.
  if (close < 0 || commas.length === 0) return expandBraces(p.slice(open + 1)).map((tail) => p.slice(0, open + 1) + tail);
  const bounds = [open, ...commas, close];
  const out: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    for (const tail of expandBraces(p.slice(bounds[k] + 1, bounds[k + 1]) + p.slice(close + 1))) {
      if (out.length >= MAX_BRACE_EXPANSIONS) return out;
      out.push(p.slice(0, open) + tail);
    }
  }
  return out;
}

function compileSegment(s: string): Segment {
  if (s === '**') return { globstar: true };
  const tokens: Token[] = [];
  for (let k = 0; k < s.length; k++) {
    const c = s[k];
    if (c === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '?') tokens.push({ kind: 'any' });
    else if (c === '[' && s.indexOf(']', k + 2) > 0) {
      const end = s.indexOf(']', k + 2);
      let body = s.slice(k + 1, end);
      const negate = body[0] === '!' || body[0] === '^';
      if (negate) body = body.slice(1);
      const ranges: [string, string][] = [];
      for (let j = 0; j < body.length; j++) {
        if (body[j + 1] === '-' && j + 2 < body.length) {
          ranges.push([body[j], body[j + 2]]);
          j += 2;
        } else ranges.push([body[j], body[j]]);
      }
      tokens.push({ kind: 'class', negate, ranges });
      k = end;
    } else tokens.push({ kind: 'char', c });
  }
  const literal = tokens.every((t) => t.kind === 'char') ? s : null;
  return { globstar: false, tokens, literal, dotOk: s.startsWith('.') };
}

function matchPath(segs: Segment[], parts: string[]): boolean {
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = i * (parts.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === segs.length) result = j === parts.length;
    else {
      const seg = segs[i];
      if (seg.globstar) result = go(i + 1, j) || (j < parts.length && !parts[j].startsWith('.') && go(i, j + 1));
      else result = j < parts.length && matchSegment(seg, parts[j]) && go(i + 1, j + 1);
    }
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}

function matchSegment(seg: Extract<Segment, { globstar: false }>, name: string): boolean {
  if (seg.literal !== null) return seg.literal === name;
  if (name.startsWith('.') && !seg.dotOk) return false;
  const t = seg.tokens;
  let i = 0;
  let j = 0;
  let starAt = -1;
  let resume = 0;
  while (j < name.length) {
    if (i < t.length && t[i].kind === 'star') {
      starAt = i++;
      resume = j;
    } else if (i < t.length && matchOne(t[i], name[j])) {
      i++;
      j++;
    } else if (starAt >= 0) {
      i = starAt + 1;
      j = ++resume;
    } else return false;
  }
  while (i < t.length && t[i].kind === 'star') i++;
  return i === t.length;
}

function matchOne(t: Token, c: string): boolean {
  switch (t.kind) {
    case 'char': return t.c === c;
    case 'any': return true;
    case 'class': return t.ranges.some(([a, b]) => c >= a && c <= b) !== t.negate;
    default: return false;
  }
}
