// "Add source": the edits that cite a claim's primary source. In Markdown, a footnote
// reference after the claim's sentence and a footnote definition at the end of the
// document, reusing a footnote that already cites the same URL and numbering new ones
// after the existing ones; in plain text, the source in brackets after the sentence.
// Pure: text and findings in, edits out. Applying the edits twice changes nothing.

import type { Finding, SourceRef } from './types';

export interface TextEdit { start: number; end: number; newText: string; }

const DEFINITION = /^\[\^([^\]\s]+)\]:[ \t]*(.*)$/gm;

interface Footnotes { byUrl: Map<string, string>; next: number; }

function footnotes(text: string): Footnotes {
  const byUrl = new Map<string, string>();
  let max = 0;
  for (const m of text.matchAll(DEFINITION)) {
    const label = m[1];
    if (/^\d+$/.test(label)) max = Math.max(max, +label);
    const url = /https?:\/\/\S+/.exec(m[2])?.[0].replace(/[).,;]+$/, '');
    if (url && !byUrl.has(url)) byUrl.set(url, label);
  }
  return { byUrl, next: max + 1 };
}

function describe(s: SourceRef): string {
  return `${s.publisher}, "${s.title}" (${s.date}). ${s.url}`;
}

/** Where a citation goes: after the sentence, past any references or bracketed sources already there. */
function anchor(text: string, f: Finding): number {
  let at = f.sentenceEnd;
  for (;;) {
    const m = /^(?:\[\^[^\]\s]+\]| \[Source: [^\]\n]*\])/.exec(text.slice(at, at + 1000));
    if (!m) return at;
    at += m[0].length;
  }
}

function lineEnding(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * Edits citing the primary source of each finding (one citation per sentence and source).
 * Findings without a source are left alone.
 */
export function citeEdits(text: string, findings: Finding[], languageId = 'markdown'): TextEdit[] {
  const markdown = languageId === 'markdown' || languageId === 'mdx';
  const notes = footnotes(text);
  const eol = lineEnding(text);
  const inserts = new Map<number, string[]>();
  const definitions: string[] = [];
  const seen = new Set<string>();
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    const src = f.sources[0];
    if (!src) continue;
    const key = `${f.sentenceStart}:${src.url}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const at = anchor(text, f);
    const sentenceAndRefs = text.slice(f.sentenceStart, at);
    let insert: string;
    if (markdown) {
      let label = notes.byUrl.get(src.url);
      if (!label) {
        label = String(notes.next++);
        notes.byUrl.set(src.url, label);
        definitions.push(`[^${label}]: ${describe(src)}`);
      }
      if (sentenceAndRefs.includes(`[^${label}]`)) continue;
      insert = `[^${label}]`;
    } else {
      const cite = ` [Source: ${describe(src)}]`;
      // A sentence citing two sources has both after it: any of them may be this one.
      if (text.slice(f.sentenceEnd, at).includes(cite)) continue;
      insert = cite;
    }
    const list = inserts.get(at) ?? [];
    if (!list.includes(insert)) list.push(insert);
    inserts.set(at, list);
  }
  const edits: TextEdit[] = [...inserts].map(([at, parts]) => ({ start: at, end: at, newText: parts.join('') }));
  if (definitions.length) {
    const trailing = /(\r?\n)*$/.exec(text)![0];
    const end = text.length - trailing.length;
    const lastIsNote = /(^|\n)\[\^[^\]\s]+\]:[^\n]*$/.test(text.slice(0, end));
    const sep = end === 0 ? '' : lastIsNote ? eol : eol + eol;
    edits.push({ start: end, end: text.length, newText: `${sep}${definitions.join(eol)}${eol}` });
  }
  return edits.sort((a, b) => a.start - b.start);
}

/** Apply non-overlapping edits (as an editor would). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  let out = '';
  let pos = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}
