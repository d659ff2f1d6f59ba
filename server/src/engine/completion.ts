// Completion of official wording: after a term cue ("Microsoft's stake", "IP rights",
// "right of first refusal"), offer the wording in force on the as-of date, with the date
// as detail and the primary source in the documentation. The cues are the model's own
// phrases (each term's cues and the opening phrases of its statements), so a term added
// to the model is completed too.

import type { Term, TermsModel } from '../terms/types';
import { periodAt } from '../terms/model';
import type { CompiledModel } from './compile';
import { PARTIES } from './lexicon';
import { tokenize } from './tokens';

const PARTY_WORDS = new Set(Object.values(PARTIES).flat());
/** A cue must name the term, not a party or a bare function word. */
function isCue(phrase: string): boolean {
  return !PARTY_WORDS.has(phrase) && !/^(of|the|a|an|to|in|on|for|by|with|and|or)\b/.test(phrase) && !/^\d/.test(phrase);
}

export interface CompletionItem {
  label: string;
  insertText: string;
  detail: string;
  /** Markdown: the term, its value and date, and the source as a link. */
  documentation: string;
  termId: string;
  /** The source to cite if the writer wants the citation too. */
  sourceUrl?: string;
}

const PRINCIPAL = new Set(['microsoft', 'openai', 'foundation', 'employees-investors']);

/** Plain-word phrases that open a term's patterns, longest first. */
export function triggerPhrases(cm: CompiledModel): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (phrase: string, termId: string) => {
    if (!isCue(phrase)) return;
    const set = out.get(phrase) ?? new Set<string>();
    set.add(termId);
    out.set(phrase, set);
  };
  for (const rule of cm.rules) {
    if (rule.misreading) continue;
    for (const ph of rule.pattern.parts[0].phrases) {
      if (ph.every((a) => a.word !== undefined && !a.kind)) add(ph.map((a) => a.word).join(' '), rule.term.id);
    }
  }
  for (const rules of cm.cues.values()) {
    for (const rule of rules) for (const ph of rule.pattern.parts[0].phrases) {
      if (ph.every((a) => a.word !== undefined && !a.kind)) add(ph.map((a) => a.word).join(' '), rule.term.id);
    }
  }
  return out;
}

function items(model: TermsModel, term: Term, asOf: string): CompletionItem[] {
  const p = periodAt(term, asOf);
  if (!p) return [];
  const src = (p.sources.length ? p.sources : term.sources).map((id) => ({ id, ...model.sources[id] })).filter((s) => s.url)
    .sort((a, b) => Number(b.official) - Number(a.official))[0];
  const doc = [`**${term.title}**`, '', `${p.label} — since ${p.from ?? 'the start'}.`, '', term.explanation,
    ...(src ? ['', `Source: [${src.publisher}, "${src.title}" (${src.date})](${src.url})`] : [])].join('\n');
  const wordings = [p.label, ...(term.surfaceForms.current ?? []).slice(0, 4)];
  return [...new Set(wordings)].map((w) => ({
    label: w, insertText: w, detail: `${term.title} · since ${p.from ?? '—'}`, documentation: doc, termId: term.id, sourceUrl: src?.url,
  }));
}

/**
 * Completions for the text before the cursor on its line: the terms whose cue ends the
 * prefix (a trailing space allowed). Empty when the prefix ends with no cue.
 */
export function completions(cm: CompiledModel, triggers: Map<string, Set<string>>, linePrefix: string, asOf: string): CompletionItem[] {
  const tokens = tokenize(linePrefix, 0, linePrefix.length).filter((t) => t.kind !== 'punct');
  if (!tokens.length || !/[\w\u2019']\s?$/.test(linePrefix)) return [];
  const termIds = new Set<string>();
  for (let n = Math.min(5, tokens.length); n >= 1; n--) {
    const phrase = tokens.slice(-n).map((t) => t.w).join(' ');
    for (const id of triggers.get(phrase) ?? []) termIds.add(id);
    if (termIds.size) break;
  }
  // "The Foundation holds …" completes the Foundation's stake, not Microsoft's.
  const joined = ` ${tokens.map((t) => t.w).join(' ')} `;
  let party: string | undefined;
  let at = -1;
  for (const [p, aliases] of Object.entries(PARTIES)) {
    for (const alias of aliases) {
      const i = joined.lastIndexOf(` ${alias} `);
      if (i > at) { at = i; party = p; }
    }
  }
  const out: CompletionItem[] = [];
  for (const id of termIds) {
    const term = cm.model.terms.find((t) => t.id === id);
    if (!term) continue;
    if (party && term.holder && PRINCIPAL.has(term.holder) && PRINCIPAL.has(party) && term.holder !== party) continue;
    out.push(...items(cm.model, term, asOf));
  }
  return out;
}
