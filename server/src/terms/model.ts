// The built-in terms model and the few operations every consumer needs: the period in force
// on a date, lookup by id, semantic validation (what the JSON Schema cannot say: references,
// order, gaps) and merging a user's extra terms. Pure: no node:* imports, so the web worker
// bundle can use it; terms.json is imported so bundlers embed it.
import data from './terms.json';
import type { ModelSource, Period, Term, TermsModel, Value, ValueType } from './types';

export type * from './types';

export const builtinModel: TermsModel = data as unknown as TermsModel;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** True for a real calendar date written YYYY-MM-DD (2025-02-30 is not). */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function isPartialDate(s: unknown): s is string {
  return typeof s === 'string' && PARTIAL_DATE.test(s) && (s.length !== 10 || isIsoDate(s));
}

/**
 * The period in force on `date` (YYYY-MM-DD), or undefined before the first period and in
 * gaps. ISO dates compare correctly as strings, so no Date objects are needed.
 */
export function periodAt(term: Term, date: string): Period | undefined {
  return term.timeline.find((p) => (p.from === null || p.from <= date) && (p.to === null || date < p.to));
}

export function termById(model: TermsModel, id: string): Term | undefined {
  return model.terms.find((t) => t.id === id);
}

/** Whether `value` is written the way `type` says (numbers for amounts, keys for choices). */
function valueFits(type: ValueType, value: Value, choices?: Record<string, string>): boolean {
  switch (type) {
    case 'percent':
      return typeof value === 'number' && value >= 0 && value <= 100;
    case 'usd':
      return typeof value === 'number' && value >= 0;
    case 'year':
      return typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2200;
    case 'boolean':
      return typeof value === 'boolean';
    case 'choice':
      return typeof value === 'string' && !!choices && Object.hasOwn(choices, value);
    case 'statement':
      return typeof value === 'string' && value.length > 0;
    default:
      return false;
  }
}

/**
 * Checks the model for what the schema cannot express. Returns human-readable problems,
 * each starting with where it is (`term equity.microsoft-stake, period 2: …`); [] when sound.
 */
export function validateModel(model: TermsModel): string[] {
  const errors: string[] = [];
  const sources = model.sources ?? {};
  const events = new Map<string, string>();

  const checkSources = (where: string, keys: readonly string[] | undefined, required: boolean) => {
    if (required && (!keys || keys.length === 0)) errors.push(`${where}: has no source`);
    for (const k of keys ?? []) if (!Object.hasOwn(sources, k)) errors.push(`${where}: unknown source "${k}"`);
  };

  if (!isIsoDate(model.compiled)) errors.push(`model: compiled date "${model.compiled}" is not YYYY-MM-DD`);

  for (const [key, s] of Object.entries(sources)) {
    if (!isPartialDate(s.date)) errors.push(`source ${key}: invalid date "${s.date}"`);
    if (!/^https?:\/\/\S+$/.test(s.url ?? '')) errors.push(`source ${key}: invalid url "${s.url}"`);
  }

  for (const e of model.events ?? []) {
    if (events.has(e.id)) errors.push(`event ${e.id}: duplicate id`);
    events.set(e.id, e.date);
    if (!isPartialDate(e.date)) errors.push(`event ${e.id}: invalid date "${e.date}"`);
    checkSources(`event ${e.id}`, e.sources, true);
  }

  // An event with a partial date ("2021") can start or end a period on any day within it.
  const checkEvent = (where: string, id: string | undefined, date: string | null, role: string) => {
    if (id === undefined) return;
    const eventDate = events.get(id);
    if (eventDate === undefined) errors.push(`${where}: unknown event "${id}"`);
    else if (date !== null && !date.startsWith(eventDate))
      errors.push(`${where}: ${role} ${date} does not match the date of event ${id} (${eventDate})`);
  };

  const ids = new Set<string>();
  for (const term of model.terms ?? []) {
    const at = `term ${term.id}`;
    if (ids.has(term.id)) errors.push(`${at}: duplicate id`);
    ids.add(term.id);
    checkSources(at, term.sources, true);
    if (term.valueType === 'choice' && !term.choices) errors.push(`${at}: choice term without choices`);
    if (term.notRestatedSince !== undefined && !isIsoDate(term.notRestatedSince))
      errors.push(`${at}: invalid notRestatedSince "${term.notRestatedSince}"`);
    if (!term.timeline || term.timeline.length === 0) {
      errors.push(`${at}: empty timeline`);
      continue;
    }

    const checkValue = (where: string, value: Value, type: ValueType = term.valueType) => {
      if (!valueFits(type, value, term.choices))
        errors.push(`${where}: value ${JSON.stringify(value)} is not a valid ${type}${type === 'choice' ? ' key' : ''}`);
    };

    term.timeline.forEach((p, i) => {
      const where = `${at}, period ${i + 1}`;
      if (p.from !== null && !isIsoDate(p.from)) errors.push(`${where}: invalid from date "${p.from}"`);
      if (p.to !== null && !isIsoDate(p.to)) errors.push(`${where}: invalid to date "${p.to}"`);
      if (p.from !== null && p.to !== null && p.from >= p.to) errors.push(`${where}: from ${p.from} is not before to ${p.to}`);
      if (p.from === null && i > 0) errors.push(`${where}: only the first period may have an unknown start`);
      checkValue(where, p.value);
      checkSources(where, p.sources, true);
      checkEvent(where, p.event, p.from, 'from');
      checkEvent(where, p.endedBy, p.to, 'to');
      p.alternatives?.forEach((a, j) => {
        checkValue(`${where}, alternative ${j + 1}`, a.value, a.valueType);
        checkSources(`${where}, alternative ${j + 1}`, a.sources, false);
      });

      if (i === 0) return;
      const prev = term.timeline[i - 1];
      if (prev.to === null) errors.push(`${where}: overlaps period ${i}, which never ends`);
      else if (p.from !== null && p.from < prev.to) errors.push(`${where}: starts ${p.from}, before period ${i} ends (${prev.to}): overlap`);
      else if (p.from !== null && p.from > prev.to && !p.gapBefore)
        errors.push(`${where}: unexplained gap from ${prev.to} to ${p.from} (add gapBefore)`);
      if (prev.from !== null && p.from !== null && p.from < prev.from) errors.push(`${where}: periods out of date order`);
    });

    term.proposals?.forEach((p, j) => {
      const where = `${at}, proposal ${j + 1}`;
      checkValue(where, p.value, p.valueType);
      checkSources(where, p.sources, false);
      if (!isPartialDate(p.reportedOn)) errors.push(`${where}: invalid reportedOn "${p.reportedOn}"`);
      checkEvent(where, p.settledBy, null, 'settledBy');
    });
  }
  return errors;
}

/**
 * The model with a user's extra terms (and the sources they cite): a term with a built-in id
 * replaces it in place, so rule order stays stable; new terms are appended.
 */
export function mergeModel(base: TermsModel, extraTerms: Term[], extraSources: Record<string, ModelSource> = {}): TermsModel {
  const terms = base.terms.slice();
  for (const t of extraTerms) {
    const i = terms.findIndex((b) => b.id === t.id);
    if (i >= 0) terms[i] = t;
    else terms.push(t);
  }
  return { ...base, sources: { ...base.sources, ...extraSources }, terms };
}
