// The workspace configuration file (.agreement-lens.json): parsing and structural checks.
// Pure (no node:* imports): the CLI and the language server in Node and in a web worker share it.
// User terms are data: phrases and values, never regular expressions or code, because the file
// comes from an untrusted workspace.
import type { Severity } from '../engine/types';
import { builtinModel, isIsoDate, mergeModel } from '../terms/model';
import type { ModelSource, Term, TermsModel } from '../terms/types';
import { parseJson, lineColumn, type JsonValue } from './json';
import { checkSemantics, checkSources, checkTerms, define, show, type Report } from './terms';

export const CONFIG_FILE_NAME = '.agreement-lens.json';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint', 'off'];
const TOP_LEVEL = ['$schema', 'asOf', 'rules', 'ignore', 'sources', 'terms'];

/** A term from a config file, completed with defaults: a full model term. */
export type UserTerm = Term;

export interface UserConfig {
  $schema?: string;
  /** Judge the files this config governs as of this date (the command line and front matter win). */
  asOf?: string;
  /** Severity by rule id or by kind; `off` drops the finding. */
  rules?: Record<string, Severity>;
  /** Globs, relative to the config file's folder, of files not to check. */
  ignore?: string[];
  /** Sources the extra terms cite, by key (a built-in key is replaced). */
  sources?: Record<string, ModelSource>;
  /** Extra terms; a built-in id is replaced. */
  terms?: UserTerm[];
}

export interface ConfigError {
  message: string;
  line: number;
  column: number;
}

export interface ParsedConfig {
  config?: UserConfig;
  errors: ConfigError[];
}

/** The built-in model (or `base`) with a config's extra terms and sources. */
export function modelWithConfig(config: UserConfig | undefined, base: TermsModel = builtinModel): TermsModel {
  return config?.terms?.length ? mergeModel(base, config.terms, config.sources ?? {}) : base;
}

type Json = JsonValue | undefined;
const isObject = (v: Json): v is { [key: string]: JsonValue } => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `path` only appears in messages; errors carry line and column and the caller prefixes the path.
 * With any error there is no `config`: a broken file governs nothing.
 */
export function parseConfig(text: string, path: string): ParsedConfig {
  // Editors do not show a BOM, so columns are counted without it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const at = (offset: number) => lineColumn(body, offset);
  if (body.trim() === '') return { config: {}, errors: [] };

  const parsed = parseJson(body);
  if (parsed.error) return { errors: [{ message: parsed.error.message, ...at(parsed.error.offset) }] };

  const errors: ConfigError[] = [];
  const report: Report = (where, message) => {
    // The value's own position, or its parent's when the value is missing.
    let key = where;
    while (!parsed.offsets.has(key) && key !== '') key = key.includes('/') ? key.slice(0, key.lastIndexOf('/')) : '';
    errors.push({ message, ...at(parsed.offsets.get(key) ?? 0) });
  };
  const root = parsed.value;
  if (!isObject(root)) {
    report('', `${path} must hold a JSON object, not ${show(root)}`);
    return { errors };
  }

  const config: UserConfig = {};
  for (const key of Object.keys(root)) {
    if (!TOP_LEVEL.includes(key)) report(key, `unknown property "${key}" (expected one of ${TOP_LEVEL.join(', ')})`);
  }
  if ('$schema' in root) {
    if (typeof root.$schema === 'string') config.$schema = root.$schema;
    else report('$schema', '"$schema" must be a string');
  }
  if ('asOf' in root) {
    if (isIsoDate(root.asOf)) config.asOf = root.asOf;
    else report('asOf', `"asOf" must be a date written YYYY-MM-DD, not ${show(root.asOf)}`);
  }
  if ('rules' in root) config.rules = checkRules(root.rules, report);
  if ('ignore' in root) config.ignore = checkIgnore(root.ignore, report);
  if ('sources' in root) config.sources = checkSources(root.sources, report);
  if ('terms' in root) config.terms = checkTerms(root.terms, report);
  if (errors.length === 0 && config.terms?.length) checkSemantics(config.terms, config.sources ?? {}, report);
  // A broken file governs nothing: its files are checked with the built-in model and default rules.
  return errors.length ? { errors } : { config, errors };
}

function checkRules(rules: Json, report: Report): Record<string, Severity> | undefined {
  if (!isObject(rules)) {
    report('rules', `"rules" must be an object of rule id or kind → severity, not ${show(rules)}`);
    return undefined;
  }
  const out: Record<string, Severity> = {};
  for (const [key, value] of Object.entries(rules)) {
    if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) define(out, key, value as Severity);
    else report(`rules/${key}`, `rules["${key}"] must be one of ${SEVERITIES.join(', ')}, not ${show(value)}`);
  }
  return out;
}

function checkIgnore(value: Json, report: Report): string[] | undefined {
  if (!Array.isArray(value)) {
    report('ignore', `"ignore" must be an array of glob strings, not ${show(value)}`);
    return undefined;
  }
  const out: string[] = [];
  value.forEach((item, k) => {
    if (typeof item === 'string' && item !== '') out.push(item);
    else report(`ignore/${k}`, `ignore[${k}] must be a non-empty glob string, not ${show(item)}`);
  });
  return out;
}
