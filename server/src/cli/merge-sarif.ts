// `agreement-lens merge-sarif [-o FILE] FILE…`: the SARIF logs of the shards of one check
// (`check --shard K/N --format sarif` on N machines) as one log with one run, for a single
// code-scanning upload. One run rather than one per shard because code scanning no longer
// combines several runs of the same tool and category in one upload, and because an alert
// must not move between categories when files move between shards.
//
// Results are ordered by file path (component by component, as `check` walks a folder), so
// merging the shards of a folder gives the SARIF the unsharded check of that folder gives;
// rules are listed in the order their first result appears; invocations become one, failed
// if any shard's did, with each shard's notifications (one copy of the ones every shard
// reports, such as a path that does not exist).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Io } from './output';

export interface MergeSarifCommand {
  name: 'merge-sarif';
  files: string[];
  output?: string;
}

interface Rule { id: string; [key: string]: unknown; }
interface Result { ruleId?: string; ruleIndex?: number; locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[]; [key: string]: unknown; }
interface Invocation { executionSuccessful?: boolean; toolExecutionNotifications?: unknown[]; [key: string]: unknown; }
interface Run { tool: { driver: { name: string; rules?: Rule[]; [key: string]: unknown } }; invocations?: Invocation[]; results?: Result[]; [key: string]: unknown; }
interface Log { $schema?: string; version: string; runs: Run[]; }

export class MergeError extends Error {}

/** One log with one run holding every run's results. */
export function mergeSarif(logs: { path: string; log: unknown }[]): Log {
  const runs: Run[] = [];
  for (const { path, log } of logs) {
    const l = log as Log;
    if (!l || typeof l !== 'object' || l.version !== '2.1.0' || !Array.isArray(l.runs)) throw new MergeError(`${path}: not a SARIF 2.1.0 log`);
    for (const run of l.runs) {
      if (run?.tool?.driver?.name !== 'agreement-lens') throw new MergeError(`${path}: a run of another tool (${String(run?.tool?.driver?.name)})`);
      runs.push(run);
    }
  }
  if (!runs.length) throw new MergeError('no runs to merge');

  // Every result with its rule, ordered by the file it is in.
  const entries: { result: Result; rule: Rule; key: string[] }[] = [];
  for (const run of runs) {
    const rules = run.tool.driver.rules ?? [];
    for (const result of run.results ?? []) {
      const rule = (result.ruleIndex !== undefined ? rules[result.ruleIndex] : undefined) ?? rules.find((r) => r.id === result.ruleId) ?? { id: String(result.ruleId) };
      entries.push({ result, rule, key: pathKey(result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '') });
    }
  }
  entries.sort((a, b) => compareKeys(a.key, b.key));

  const rules: Rule[] = [];
  const ruleIndex = new Map<string, number>();
  const results = entries.map(({ result, rule }) => {
    if (!ruleIndex.has(rule.id)) { ruleIndex.set(rule.id, rules.length); rules.push(rule); }
    return 'ruleIndex' in result ? { ...result, ruleIndex: ruleIndex.get(rule.id) } : result;
  });

  const seen = new Set<string>();
  const notifications: unknown[] = [];
  for (const run of runs) {
    for (const inv of run.invocations ?? []) {
      for (const n of inv.toolExecutionNotifications ?? []) {
        const key = JSON.stringify(n);
        if (!seen.has(key)) { seen.add(key); notifications.push(n); }
      }
    }
  }
  const successful = runs.every((r) => (r.invocations ?? []).every((i) => i.executionSuccessful !== false));

  const first = runs[0];
  const merged: Run = {
    ...first,
    tool: { ...first.tool, driver: { ...first.tool.driver, rules } },
    ...(first.invocations ? { invocations: [{ ...first.invocations[0], executionSuccessful: successful, toolExecutionNotifications: notifications }] } : {}),
    results,
  };
  const head = logs[0].log as Log;
  return { ...(head.$schema ? { $schema: head.$schema } : {}), version: '2.1.0', runs: [merged] };
}

/** A URI's path components, decoded, so they sort as the file names they are. */
function pathKey(uri: string): string[] {
  return uri.split('/').map((c) => {
    try {
      return decodeURIComponent(c);
    } catch {
      return c;
    }
  });
}

function compareKeys(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length - b.length;
}

export function runMergeSarif(cmd: MergeSarifCommand, io: Io): number {
  const logs: { path: string; log: unknown }[] = [];
  for (const file of cmd.files) {
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, file), 'utf8');
    } catch (e) {
      io.stderr.write(`agreement-lens: merge-sarif: ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
      return 2;
    }
    try {
      logs.push({ path: file, log: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) });
    } catch {
      io.stderr.write(`agreement-lens: merge-sarif: ${file}: not JSON\n`);
      return 2;
    }
  }
  let merged: Log;
  try {
    merged = mergeSarif(logs);
  } catch (e) {
    if (!(e instanceof MergeError)) throw e;
    io.stderr.write(`agreement-lens: merge-sarif: ${e.message}\n`);
    return 2;
  }
  const out = JSON.stringify(merged, null, 2) + '\n';
  if (cmd.output === undefined) {
    io.stdout.write(out);
    return 0;
  }
  try {
    writeFileSync(resolve(io.cwd, cmd.output), out);
  } catch (e) {
    io.stderr.write(`agreement-lens: merge-sarif: ${cmd.output}: ${(e as Error).message}\n`);
    return 2;
  }
  return 0;
}
