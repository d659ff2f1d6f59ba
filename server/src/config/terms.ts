// Checks the `terms` and `sources` of a config file: every field's type (so the engine and the
// model's own validation never meet a malformed value), the model's semantic rules (known
// sources and events, ordered periods, values that fit the value type), and defaults for the
// fields a user may leave out. Terms are data: phrases and values, never regular expressions.
// Pure, like config.ts.
import { builtinModel, mergeModel, validateModel } from '../terms/model';
import type { ModelSource, Period, Term } from '../terms/types';
import type { JsonValue } from './json';
import { flatParentheses } from '../engine/patterns';

export type Report = (where: string, message: string) => void;
type Json = JsonValue | undefined;
type Obj = { [key: string]: JsonValue };
type Check = (v: Json) => boolean;

const isObject = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const show = (v: Json) => (v === undefined ? 'nothing' : Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v === 'object' ? 'an object' : JSON.stringify(v));

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const MAX_PATTERN_LENGTH = 200;
const VALUE_TYPES = ['percent', 'usd', 'year', 'boolean', 'choice', 'statement'];
const SURFACE_KINDS = ['current', 'currentOct2025', 'stale', 'historical', 'wrong', 'unofficial'];

const str: Check = (v) => typeof v === 'string' && v !== '';
const optStr: Check = (v) => v === undefined || typeof v === 'string';
const bool: Check = (v) => typeof v === 'boolean';
const scalar: Check = (v) => typeof v === 'number' || typeof v === 'boolean' || str(v);
const isoOrNull: Check = (v) => v === null || (typeof v === 'string' && ISO.test(v));
const partial: Check = (v) => typeof v === 'string' && PARTIAL.test(v);
type ArrayCheck = Check & { item?: Check };
const arrayOf = (item: Check): ArrayCheck => Object.assign((v: Json) => Array.isArray(v) && v.every(item), { item });
const strings = arrayOf(str);
const sourceKeys = arrayOf(str);
/** Phrase patterns compile to bounded token matching; a regex-looking pattern is a user mistake. */
const phrase: Check = (v) => str(v) && (v as string).length <= MAX_PATTERN_LENGTH && !(v as string).includes('\\') && !/^\/.*\/[a-z]*$/.test(v as string)
  && flatParentheses(v as string);
const shaped = (fields: Record<string, [Check, boolean]>): Check => (v) =>
  isObject(v) && Object.keys(v).every((k) => k in fields) && Object.entries(fields).every(([k, [ok, required]]) => (k in v ? ok(v[k]) : !required));
const ALTERNATIVE: Record<string, [Check, boolean]> = {
  value: [scalar, true], label: [str, true], official: [bool, true], valueType: [(v) => VALUE_TYPES.includes(v as string), false],
  note: [optStr, false], sources: [sourceKeys, false],
};
const alternative = shaped(ALTERNATIVE);
const proposal = shaped({ ...ALTERNATIVE, reportedOn: [partial, true], settledBy: [str, false] });

const PHRASES = 'phrases (words, (a|b) in unnested parentheses, …, word*), not regular expressions';
const TERM_FIELDS: Record<string, [Check, string]> = {
  id: [(v) => typeof v === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$/.test(v), 'a dotted, kebab-cased id such as "custom.board-seats"'],
  title: [str, 'a non-empty string'],
  sources: [(v) => sourceKeys(v) && (v as string[]).length > 0, 'a non-empty array of source keys (built in, or defined under "sources")'],
  timeline: [(v) => Array.isArray(v) && v.length > 0, 'a non-empty array of periods'],
  factIds: [strings, 'an array of strings'],
  category: [str, 'a non-empty string'],
  explanation: [str, 'a non-empty string'],
  qualifiers: [strings, 'an array of strings'],
  valueType: [(v) => VALUE_TYPES.includes(v as string), `one of ${VALUE_TYPES.join(', ')}`],
  holder: [str, 'a non-empty string'],
  choices: [(v) => isObject(v) && Object.values(v).every(str), 'an object of value key → meaning'],
  proposals: [arrayOf(proposal), 'an array of {"value", "label", "official", "reportedOn"}'],
  notRestatedSince: [(v) => typeof v === 'string' && ISO.test(v), 'a YYYY-MM-DD date'],
  notRestatedNote: [str, 'a non-empty string'],
  surfaceForms: [(v) => isObject(v) && Object.entries(v).every(([k, x]) => SURFACE_KINDS.includes(k) && strings(x)), `an object with string arrays under ${SURFACE_KINDS.join(', ')}`],
  cues: [arrayOf(phrase), `an array of ${PHRASES}`],
  statements: [arrayOf(shaped({ pattern: [phrase, true], value: [scalar, true], focus: [phrase, false], replacement: [optStr, false] })), `an array of {"pattern", "value", "focus"?, "replacement"?} where patterns are ${PHRASES}`],
  misreadings: [arrayOf(shaped({ pattern: [phrase, true], message: [str, true], focus: [phrase, false], replacement: [optStr, false], unless: [arrayOf(phrase), false] })), `an array of {"pattern", "message", "focus"?, "replacement"?, "unless"?} where patterns are ${PHRASES}`],
};
const REQUIRED = ['id', 'title', 'sources', 'timeline'];

const PERIOD_FIELDS: Record<string, [Check, string]> = {
  from: [isoOrNull, 'a YYYY-MM-DD date or null'],
  to: [isoOrNull, 'a YYYY-MM-DD date or null'],
  value: [scalar, 'a number, true/false or a string'],
  label: [str, 'a non-empty string'],
  official: [bool, 'true or false'],
  event: [str, 'an event id'],
  endedBy: [str, 'an event id'],
  alternatives: [arrayOf(alternative), 'an array of {"value", "label", "official"}'],
  sources: [sourceKeys, 'an array of source keys'],
  note: [optStr, 'a string'],
  gapBefore: [optStr, 'a string'],
  absentBefore: [bool, 'true or false'],
};

const SOURCE_FIELDS: Record<string, [Check, string]> = {
  title: [str, 'a non-empty string'],
  publisher: [str, 'a non-empty string'],
  date: [partial, 'a date: YYYY-MM-DD, YYYY-MM or YYYY'],
  url: [(v) => typeof v === 'string' && /^https?:\/\/\S+$/.test(v), 'an http(s) address'],
  official: [bool, 'true or false'],
  readVia: [optStr, 'a string'],
  note: [optStr, 'a string'],
};

function checkFields(obj: Obj, fields: Record<string, [Check, string]>, required: string[], where: string, name: string, report: Report): boolean {
  let ok = true;
  for (const key of Object.keys(obj)) {
    if (!(key in fields)) {
      report(`${where}/${key}`, `${name}: unknown property "${key}"`);
      ok = false;
    } else if (!fields[key][0](obj[key])) {
      const [check, what] = fields[key];
      const value = obj[key];
      // In a list, point at the first bad item rather than at the whole list.
      const item = (check as ArrayCheck).item;
      const bad = Array.isArray(value) && item ? value.findIndex((x) => !item(x)) : -1;
      if (bad >= 0) report(`${where}/${key}/${bad}`, `${name}: ${key}[${bad}] (${show((value as JsonValue[])[bad])}) is not valid; "${key}" must be ${what}`);
      else report(`${where}/${key}`, `${name}: "${key}" must be ${what}, not ${show(value)}`);
      ok = false;
    }
  }
  for (const key of required) {
    if (!(key in obj)) {
      report(where, `${name} needs "${key}" (${fields[key][1]})`);
      ok = false;
    }
  }
  return ok;
}

export function checkSources(value: Json, report: Report): Record<string, ModelSource> | undefined {
  if (!isObject(value)) {
    report('sources', `"sources" must be an object of source key → source, not ${show(value)}`);
    return undefined;
  }
  const out: Record<string, ModelSource> = {};
  for (const [key, s] of Object.entries(value)) {
    const where = `sources/${key}`;
    if (!/^[a-z0-9][a-z0-9.-]*$/.test(key)) report(where, `source key "${key}" must be lower-case letters, digits, '.' and '-'`);
    else if (!isObject(s)) report(where, `source "${key}" must be an object, not ${show(s)}`);
    else if (checkFields(s, SOURCE_FIELDS, ['title', 'publisher', 'date', 'url'], where, `source "${key}"`, report)) {
      define(out, key, { official: false, ...(s as object) } as ModelSource);
    }
  }
  return out;
}

export function checkTerms(value: Json, report: Report): Term[] | undefined {
  if (!Array.isArray(value)) {
    report('terms', `"terms" must be an array of term objects, not ${show(value)}`);
    return undefined;
  }
  const out: Term[] = [];
  const seen = new Set<string>();
  value.forEach((term, k) => {
    const where = `terms/${k}`;
    if (!isObject(term)) return report(where, `terms[${k}] must be an object, not ${show(term)}`);
    const name = typeof term.id === 'string' ? `term "${term.id}"` : `terms[${k}]`;
    let ok = checkFields(term, TERM_FIELDS, REQUIRED, where, name, report);
    if (Array.isArray(term.timeline)) {
      term.timeline.forEach((p, j) => {
        const at = `${where}/timeline/${j}`;
        if (!isObject(p)) ok = (report(at, `${name}, timeline[${j}] must be an object, not ${show(p)}`), false);
        else ok = checkFields(p, PERIOD_FIELDS, ['from', 'value', 'label'], at, `${name}, timeline[${j}]`, report) && ok;
      });
    }
    if (ok && seen.has(term.id as string)) ok = (report(`${where}/id`, `${name} is defined twice`), false);
    seen.add(term.id as string);
    if (ok) out.push(withDefaults(term));
  });
  return out;
}

/** Fills what a user may omit; the engine and the model's validation see a complete term. */
function withDefaults(t: Obj): Term {
  type Loose = Partial<Omit<Term, 'timeline'>> & Pick<Term, 'id' | 'title' | 'sources'> & { timeline: (Partial<Period> & Pick<Period, 'value'>)[] };
  const term = t as unknown as Loose;
  const values = term.timeline.map((p) => p.value);
  const valueType = term.valueType
    ?? (values.every((v) => typeof v === 'boolean') ? 'boolean' : values.every((v) => typeof v === 'string') ? 'statement' : undefined);
  return {
    factIds: [term.id],
    category: 'custom',
    explanation: term.title,
    surfaceForms: {},
    ...term,
    valueType: valueType as Term['valueType'],
    timeline: term.timeline.map((p) => ({ from: null, to: null, label: '', official: true, sources: term.sources, ...p })),
  } as Term;
}

/**
 * The model's own rules, on the built-in model merged with the user's terms and sources.
 * Only problems in the user's part are reported; `where` points at the term, period or source.
 */
export function checkSemantics(terms: Term[], sources: Record<string, ModelSource>, report: Report): void {
  const index = new Map(terms.map((t, k) => [t.id, k]));
  for (const t of terms) {
    if (!t.valueType) report(`terms/${index.get(t.id)}`, `term "${t.id}" needs "valueType" (percent, usd or year for numbers)`);
  }
  const typed = terms.filter((t) => t.valueType);
  const problems = validateModel(mergeModel(builtinModel, typed, sources));
  for (const p of problems) {
    const term = /^term (\S+?)(?:, (?:period|proposal) (\d+))?(?:, alternative \d+)?: /.exec(p);
    const source = /^source (\S+?): /.exec(p);
    if (term && index.has(term[1])) {
      const k = index.get(term[1]);
      const part = term[2] ? (p.includes(', proposal ') ? `/proposals/${+term[2] - 1}` : `/timeline/${+term[2] - 1}`) : '';
      report(`terms/${k}${part}`, p);
    } else if (source && Object.hasOwn(sources, source[1])) {
      report(`sources/${source[1]}`, p);
    }
  }
}

export function define<T>(obj: Record<string, T>, key: string, value: T): void {
  // defineProperty: a key named "__proto__" must stay an ordinary property.
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
