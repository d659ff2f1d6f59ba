// `agreement-lens check`: collect files, resolve their configs, check them (on worker threads
// when there are many), print the report and return the exit status.
import { join, relative, sep } from 'node:path';
import type { CheckCommand } from './args';
import { checkAll } from './pool';
import { checkBuffer, Checkers, type FileJob, type FileOutcome, type RunOptions } from './check-file';
import { ConfigResolver } from './config-resolver';
import { formatGithub } from './formats/github';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatStylish } from './formats/stylish';
import type { FormatContext } from './formats/context';
import { errorLine, noticeLine, useColor, type Io } from './output';
import { createProgress } from './progress';
import { isProblem, type ErrorEntry, type Report } from './report';
import { inShard } from './shard';
import { collectTargets } from './walk';
import { modelTitles, packageInfo } from './package-info';

export async function runCheck(cmd: CheckCommand, io: Io): Promise<number> {
  const configs = new ConfigResolver(io.cwd, cmd.config);
  const walked = collectTargets(cmd.paths, configs.ignored);
  // --shard: this machine's part of the files; standard input goes with the first part.
  const part = cmd.shard;
  if (part) walked.targets = walked.targets.filter((t) => (t.kind === 'stdin' ? part.index === 1 : inShard(relative(io.cwd, t.abs).split(sep).join('/'), part)));
  const run: RunOptions = { asOf: cmd.asOf ?? io.today, asOfGiven: cmd.asOf !== undefined, all: cmd.all, fix: cmd.fix, summary: cmd.summary, maxFileSize: cmd.maxFileSize };

  const jobs: FileJob[] = [];
  walked.targets.forEach((t, index) => {
    if (t.kind === 'file') jobs.push({ index, display: t.display, abs: t.abs, ruleSet: configs.keyFor(t.abs) });
  });
  const stdinIndex = walked.targets.findIndex((t) => t.kind === 'stdin');
  const stdinKey = stdinIndex >= 0 ? configs.keyFor(join(io.cwd, '<stdin>')) : null;
  const stdin = stdinIndex >= 0 ? await io.readStdin() : undefined;

  const progress = createProgress(jobs.length, io.stderr as NodeJS.WriteStream);
  const outcomes: FileOutcome[] = await checkAll(jobs, { run, ruleSets: configs.ruleSets }, cmd.jobs, (n) => progress.advance(n));
  progress.done();
  if (stdin) outcomes.push(checkBuffer(stdinIndex, '<stdin>', stdin, run, new Checkers(configs.ruleSets), stdinKey));
  outcomes.sort((a, b) => a.index - b.index);

  if (cmd.fix && stdin) io.stderr.write(noticeLine({ path: '<stdin>', message: 'standard input is checked but not fixed' }));
  const errors: ErrorEntry[] = [...configs.errors, ...walked.errors];
  for (const n of walked.notices) io.stderr.write(noticeLine(n));
  const report: Report = { version: 1, asOf: run.asOf, files: [], errors };
  const fixed = new Map<string, number>();
  for (const o of outcomes) {
    for (const n of o.notices) io.stderr.write(noticeLine(n));
    if (o.error) errors.push(o.error);
    if (o.report) report.files.push(o.report);
    if (o.fixed && o.report) fixed.set(o.report.path, o.fixed);
  }
  for (const e of errors) io.stderr.write(errorLine(e));

  const info = packageInfo();
  const ctx: FormatContext = {
    color: useColor(io, cmd.color),
    version: info.version,
    informationUri: info.informationUri,
    cwd: io.cwd,
    titleOf: modelTitles(configs.ruleSets),
    fixed,
    filesChecked: report.files.length,
    fixing: cmd.fix,
  };
  const text =
    cmd.format === 'json' ? formatJson(report)
    : cmd.format === 'sarif' ? formatSarif(report, ctx)
    : cmd.format === 'github' ? formatGithub(report)
    : formatStylish(report, ctx);
  io.stdout.write(text);

  if (errors.length) return 2;
  return report.files.some((f) => f.findings.some((x) => isProblem(x.kind))) ? 1 : 0;
}
