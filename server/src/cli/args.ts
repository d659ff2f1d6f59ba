// Command-line parsing. util.parseArgs does the flag grammar; this file turns its errors into
// one-line usage messages and validates values (a wrong date is a usage error, not a crash).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { availableParallelism } from 'node:os';
import { isIsoDate } from '../terms/model';
import type { MergeSarifCommand } from './merge-sarif';
import { parseShard, type Shard } from './shard';

export const CHECK_FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

interface Common {
  asOf?: string;
  config?: string;
}
export interface CheckCommand extends Common {
  name: 'check';
  paths: string[];
  format: CheckFormat;
  all: boolean;
  fix: boolean;
  /** Print where each file stands (counts by kind against the terms of its as-of date). */
  summary: boolean;
  jobs: number;
  /** --shard K/N: only the K-th of N parts of the file list (shard.ts). */
  shard?: Shard;
  maxFileSize: number;
  /** undefined: colour when stdout is a TTY and NO_COLOR is unset. */
  color?: boolean;
}
export interface ExplainCommand extends Common {
  name: 'explain';
  query: string;
}
export interface TermsCommand extends Common {
  name: 'terms';
  format: 'json' | 'markdown';
}
export type Command = CheckCommand | ExplainCommand | TermsCommand | MergeSarifCommand | { name: 'help' } | { name: 'version' };

export class UsageError extends Error {}

const common = {
  'as-of': { type: 'string' },
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h' },
} as const;

const checkOptions = {
  ...common,
  format: { type: 'string', short: 'f' },
  all: { type: 'boolean' },
  fix: { type: 'boolean' },
  summary: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  shard: { type: 'string' },
  'max-file-size': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const;

const termsOptions = { ...common, format: { type: 'string', short: 'f' } } as const;
const mergeSarifOptions = { help: { type: 'boolean', short: 'h' }, output: { type: 'string', short: 'o' } } as const;

/** Throws UsageError with a one-line message. */
export function parseCommandLine(argv: string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return { name: 'help' };
  if (first === '--version' || first === '-v') return { name: 'version' };
  switch (first) {
    case 'check': {
      const { values, positionals } = parse(rest, checkOptions);
      if (values.help) return { name: 'help' };
      const format = values.format ?? 'stylish';
      if (!(CHECK_FORMATS as readonly string[]).includes(format)) {
        throw new UsageError(`--format must be one of ${CHECK_FORMATS.join(', ')}, not '${format}'`);
      }
      if (values.color && values['no-color']) throw new UsageError('--color and --no-color cannot be used together');
      return {
        name: 'check',
        paths: positionals.length ? positionals : ['.'],
        format: format as CheckFormat,
        all: values.all ?? false,
        fix: values.fix ?? false,
        summary: values.summary ?? false,
        jobs: values.jobs === undefined ? defaultJobs(availableParallelism()) : count(values.jobs, '--jobs', 1, 512),
        ...(values.shard !== undefined ? { shard: shard(values.shard) } : {}),
        maxFileSize: values['max-file-size'] === undefined ? DEFAULT_MAX_FILE_SIZE : bytes(values['max-file-size']),
        color: values.color ? true : values['no-color'] ? false : undefined,
        ...commonValues(values),
      };
    }
    case 'explain': {
      const { values, positionals } = parse(rest, common);
      if (values.help) return { name: 'help' };
      const query = positionals.join(' ').trim();
      if (!query) throw new UsageError('explain needs a rule id or some text, e.g. agreement-lens explain equity.microsoft-stake');
      return { name: 'explain', query, ...commonValues(values) };
    }
    case 'terms': {
      const { values, positionals } = parse(rest, termsOptions);
      if (values.help) return { name: 'help' };
      if (positionals.length) throw new UsageError(`terms takes no arguments, got '${positionals[0]}'`);
      const format = values.format ?? 'markdown';
      if (format !== 'json' && format !== 'markdown') throw new UsageError(`terms --format must be json or markdown, not '${format}'`);
      return { name: 'terms', format, ...commonValues(values) };
    }
    case 'merge-sarif': {
      const { values, positionals } = parse(rest, mergeSarifOptions);
      if (values.help) return { name: 'help' };
      if (!positionals.length) throw new UsageError('merge-sarif needs the SARIF files of the shards, e.g. agreement-lens merge-sarif shard-*.sarif -o all.sarif');
      if (values.output === '') throw new UsageError('--output needs a file name');
      return { name: 'merge-sarif', files: positionals, ...(values.output !== undefined ? { output: values.output } : {}) };
    }
    default:
      if (first.startsWith('-')) throw new UsageError(`unknown option '${first}' (commands: check, explain, terms, merge-sarif; see --help)`);
      throw new UsageError(`unknown command '${first}' (commands: check, explain, terms, merge-sarif; see --help)`);
  }
}

function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const name = /'([^']+)'/.exec(message)?.[1] ?? '';
    const code = (e as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option '${name}' (see agreement-lens --help)`);
    if (/argument missing/.test(message)) throw new UsageError(`${name.split(' ')[0]} needs a value`);
    if (/does not take an argument/.test(message)) throw new UsageError(`${name} does not take a value`);
    throw new UsageError(message.split('\n')[0]);
  }
}

function commonValues(values: { 'as-of'?: string; config?: string }): Common {
  const out: Common = {};
  if (values['as-of'] !== undefined) {
    if (!isIsoDate(values['as-of'])) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not '${values['as-of']}'`);
    out.asOf = values['as-of'];
  }
  if (values.config !== undefined) {
    if (values.config === '') throw new UsageError('--config needs a file name');
    out.config = values.config;
  }
  return out;
}

function shard(text: string): Shard {
  const s = parseShard(text);
  if (!s) throw new UsageError(`--shard must be K/N with 1 ≤ K ≤ N (e.g. 2/4), not '${text}'`);
  return s;
}

function count(text: string, flag: string, min: number, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, not '${text}'`);
  }
  return Number(text);
}

/** Bytes, with an optional k/m/g suffix (powers of 1024): 10485760, 10m, 512k. */
function bytes(text: string): number {
  const m = /^(\d+)\s*([kmg]i?b?|b)?$/i.exec(text.trim());
  if (!m) throw new UsageError(`--max-file-size must be a number of bytes (optionally with k, m or g), not '${text}'`);
  const unit = (m[2] ?? '').toLowerCase()[0];
  const scale = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Number(m[1]) * scale;
}

export const HELP = `agreement-lens: check prose about the Microsoft–OpenAI partnership against its current terms

Usage:
  agreement-lens check [options] [paths…]   files, folders (.md .markdown .mdx .txt), globs; '-' reads stdin;
                                             no path: the current folder
  agreement-lens explain <rule-id | text>    a term, its timeline and its sources
  agreement-lens terms [--format json|markdown]
  agreement-lens merge-sarif [-o FILE] FILE…   the SARIF of the shards of a check (--shard) as one run
  agreement-lens --help | --version

Options for check:
  -f, --format stylish|json|sarif|github    output format (default stylish)
      --as-of YYYY-MM-DD                     judge against the terms in force that day (default today;
                                             a file's front matter 'as-of:' wins)
  -c, --config FILE                          a .agreement-lens.json (default: the nearest one above each file)
      --all                                  also report current and historical references
      --fix                                  apply mechanical replacements in place
      --summary                              where each file stands: counts by kind against the terms
                                             of its as-of date (a line per file; json: files[].summary)
  -j, --jobs N                               worker threads (default: cores - 1; 1 = no workers)
      --shard K/N                            check only the K-th of N parts of the file list (split by a
                                             hash of each path: the same on every machine), for a CI matrix
      --max-file-size BYTES                  skip bigger files (default 10m)
      --color, --no-color                    force colour on or off (NO_COLOR is honoured)

Exit status: 0 no stale or wrong claim, 1 at least one, 2 usage, config or I/O error.
`;

/**
 * Worker threads when --jobs is not given: one core is left to the main thread and to V8's
 * compiler and collector threads, which every worker keeps busy while its code warms up. On
 * two cores two workers were slower than none (the 2,000-file benchmark: 1.24 s against
 * 0.97 s on one thread), so there the run stays on the main thread.
 */
export function defaultJobs(cores: number): number {
  return Math.max(1, cores - 1);
}
