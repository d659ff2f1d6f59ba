// Runs the built CLI (dist/cli.js) in temporary folders, as a user or a CI job would.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const CLI = resolve(__dirname, '../../dist/cli.js');
/** Every run pins the date, so no test depends on the clock. */
export const AS_OF = '2026-11-21';

export const STALE = 'Microsoft holds a 32.5% stake in OpenAI.';
export const CONTRAST = 'Its stake fell from 32.5% to 27%.';
export const CURRENT = 'Microsoft holds a 27% stake in OpenAI.';

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function requireBuild(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before the CLI tests`);
}

export function run(args: string[], options: { cwd: string; input?: string | Buffer; env?: NodeJS.ProcessEnv }): RunResult {
  const env = { ...process.env, ...options.env };
  delete env.FORCE_COLOR;
  if (!options.env?.NO_COLOR) delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd, input: options.input ?? '', env, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `check --as-of AS_OF --format json …`, parsed. */
export function checkJson(args: string[], cwd: string, input?: string | Buffer): { status: number | null; report: JsonReport; stderr: string } {
  const r = run(['check', '--as-of', AS_OF, '--format', 'json', ...args], { cwd, input });
  let report: JsonReport;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.status}):\n${r.stdout}\nstderr:\n${r.stderr}`);
  }
  return { status: r.status, report, stderr: r.stderr };
}

// Written from the documented JSON contract (DESIGN §6), not imported from the CLI's own
// types: a change to the output shape must fail these tests, not follow along silently.
export interface JsonFinding {
  ruleId: string;
  kind: string;
  severity: string;
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  replacement?: string;
  sources: { title: string; url: string; date: string }[];
}
export interface JsonReport {
  version: number;
  asOf: string;
  files: { path: string; findings: JsonFinding[] }[];
  errors: { path: string; message: string; line?: number; column?: number }[];
}

const made: string[] = [];

/** A fresh folder holding `files` (path → content); removed after the run. */
export function tempTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'agreement-lens-cli-'));
  made.push(root);
  for (const [path, content] of Object.entries(files)) {
    const abs = join(root, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return root;
}

export function cleanUp(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export const findingsOf = (report: JsonReport, path: string) => report.files.find((f) => f.path === path)?.findings ?? [];
