// Checking many files on worker threads. Files go out in small batches to whichever worker is
// free; outcomes carry their index, so the printed order is the same as with --jobs 1.
// A worker that dies hands its unfinished files back to the main thread.
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkFile, Checkers, type FileJob, type FileOutcome, type RuleSet, type RunOptions } from './check-file';

export interface WorkerInit {
  run: RunOptions;
  ruleSets: Record<string, RuleSet>;
}
export type ToWorker = { jobs: FileJob[] };
export type FromWorker = { outcomes: FileOutcome[]; strings: string[] };

/**
 * The string fields of findings travel once per batch. A big run repeats a few thousand
 * distinct messages tens of thousands of times; the structured clone would copy every
 * occurrence and the main thread then allocate and collect them all, which cost more than
 * checking the files. The worker replaces each with its index in `strings`, the main thread
 * puts the strings back (in place both times, so fields keep their order).
 */
const PACKED = ['ruleId', 'kind', 'severity', 'message', 'text', 'replacement'] as const;

export function pack(outcomes: FileOutcome[]): FromWorker {
  const index = new Map<string, number>();
  const strings: string[] = [];
  for (const o of outcomes) {
    for (const f of o.report?.findings ?? []) {
      const r = f as unknown as Record<string, unknown>;
      for (const k of PACKED) {
        const v = r[k];
        if (typeof v !== 'string') continue;
        let i = index.get(v);
        if (i === undefined) { i = strings.length; strings.push(v); index.set(v, i); }
        r[k] = i;
      }
    }
  }
  return { outcomes, strings };
}

export function unpack(msg: FromWorker): FileOutcome[] {
  for (const o of msg.outcomes) {
    for (const f of o.report?.findings ?? []) {
      const r = f as unknown as Record<string, unknown>;
      for (const k of PACKED) if (typeof r[k] === 'number') r[k] = msg.strings[r[k] as number];
    }
  }
  return msg.outcomes;
}

/** Below this many files, starting threads costs more than it saves. */
const MIN_FILES_PER_WORKER = 8;

export function workerScript(): string | undefined {
  const path = join(__dirname, 'cli-worker.js');
  return existsSync(path) ? path : undefined;
}

export async function checkAll(
  jobs: FileJob[],
  init: WorkerInit,
  threads: number,
  onDone: (count: number) => void,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(jobs.length);
  const script = workerScript();
  const workers = Math.min(threads, Math.floor(jobs.length / MIN_FILES_PER_WORKER));
  if (workers < 2 || !script) {
    const checkers = new Checkers(init.ruleSets);
    jobs.forEach((job, k) => {
      outcomes[k] = checkFile(job, init.run, checkers);
      onDone(1);
    });
    return outcomes;
  }

  const position = new Map(jobs.map((job, k) => [job.index, k]));
  let next = 0;
  const orphans: FileJob[] = [];
  const batchSize = () => Math.max(1, Math.min(32, Math.ceil((jobs.length - next) / (workers * 4))));

  await Promise.all(Array.from({ length: workers }, () => new Promise<void>((resolve) => {
    const worker = new Worker(script, { workerData: init });
    let inFlight: FileJob[] = [];
    const send = () => {
      if (next >= jobs.length) {
        inFlight = [];
        void worker.terminate();
        return;
      }
      inFlight = jobs.slice(next, next + batchSize());
      next += inFlight.length;
      worker.postMessage({ jobs: inFlight } satisfies ToWorker);
    };
    worker.on('message', (msg: FromWorker) => {
      for (const o of unpack(msg)) outcomes[position.get(o.index)!] = o;
      onDone(msg.outcomes.length);
      send();
    });
    worker.on('error', () => {
      orphans.push(...inFlight);
      inFlight = [];
    });
    worker.on('exit', () => {
      orphans.push(...inFlight);
      resolve();
    });
    send();
  })));

  // Files a crashed worker did not finish, and any left unassigned after all workers died.
  const rest = [...orphans, ...jobs.slice(next)];
  if (rest.length) {
    const checkers = new Checkers(init.ruleSets);
    for (const job of rest) {
      if (outcomes[position.get(job.index)!]) continue;
      outcomes[position.get(job.index)!] = checkFile(job, init.run, checkers);
      onDone(1);
    }
  }
  return outcomes;
}
