// Compile the recognition data of a terms model once: every statement, cue and
// misreading pattern, indexed by the word its match starts with. Checking a sentence is
// then one look-up per token (the combined trigger matcher) plus matching only the
// patterns that can start there.

import type { Misreading, Statement, Term, TermsModel } from '../terms/types';
import { compilePattern, type CompiledPattern } from './patterns';
import { PARTIES } from './lexicon';
import { compileTrigger, type Trigger } from './trigger';

export interface CompiledRule {
  term: Term;
  pattern: CompiledPattern;
  statement?: Statement;
  misreading?: Misreading;
  focus?: CompiledPattern;
  unless: CompiledPattern[];
  /** A cue of a figure term: the claim is the nearest figure of the term's kind. */
  cue?: boolean;
}

export interface CompiledModel {
  model: TermsModel;
  rules: CompiledRule[];
  /** First word (or `<kind>`) → rules whose match may start with it. */
  byFirst: Map<string, CompiledRule[]>;
  /** Rules whose first word is a prefix (`exclusiv*`). */
  byPrefix: { prefix: string; rule: CompiledRule }[];
  /** Cue rules by the kind of figure they attach to (`percent`, `usd`, `year`). */
  cues: Map<string, CompiledRule[]>;
  /** Party aliases as word sequences, indexed by their first word. */
  parties: Map<string, { party: string; words: string[] }[]>;
  events: Map<string, { name: string; date: string }>;
  /** Says cheaply whether a sentence can hold a claim at all (trigger.ts). */
  trigger: Trigger;
}

export function compileModel(model: TermsModel): CompiledModel {
  const rules: CompiledRule[] = [];
  for (const term of model.terms) {
    for (const st of term.statements ?? []) {
      rules.push({
        term, statement: st, pattern: compilePattern(st.pattern),
        focus: st.focus ? compilePattern(st.focus) : undefined,
        unless: (st.unless ?? []).map(compilePattern),
      });
    }
    for (const mr of term.misreadings ?? []) {
      rules.push({ term, misreading: mr, pattern: compilePattern(mr.pattern), focus: mr.focus ? compilePattern(mr.focus) : undefined, unless: (mr.unless ?? []).map(compilePattern) });
    }
  }
  const cues = new Map<string, CompiledRule[]>();
  for (const term of model.terms) {
    if (term.valueType !== 'percent' && term.valueType !== 'usd' && term.valueType !== 'year') continue;
    const list = cues.get(term.valueType) ?? [];
    for (const c of term.cues ?? []) list.push({ term, pattern: compilePattern(c), statement: { pattern: c }, unless: [], cue: true });
    cues.set(term.valueType, list);
  }
  const byFirst = new Map<string, CompiledRule[]>();
  const byPrefix: { prefix: string; rule: CompiledRule }[] = [];
  for (const rule of rules) {
    for (const ph of rule.pattern.parts[0].phrases) {
      const a = ph[0];
      if (a.prefix !== undefined) { byPrefix.push({ prefix: a.prefix, rule }); continue; }
      const key = a.word ?? `<${a.kind}>`;
      const list = byFirst.get(key) ?? [];
      if (!list.includes(rule)) list.push(rule);
      byFirst.set(key, list);
    }
  }
  const parties = new Map<string, { party: string; words: string[] }[]>();
  for (const [party, aliases] of Object.entries(PARTIES)) {
    for (const alias of aliases) {
      const words = alias.split(' ');
      const list = parties.get(words[0]) ?? [];
      list.push({ party, words });
      parties.set(words[0], list);
    }
  }
  const events = new Map(model.events.map((e) => [e.id, { name: e.name, date: e.date }]));
  return { model, rules, byFirst, byPrefix, cues, parties, events, trigger: compileTrigger(rules, cues) };
}
