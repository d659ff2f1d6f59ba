// Where the CLI writes, and the one-line shapes of its messages on stderr.
import type { ErrorEntry } from './report';
import type { Problem } from './walk';

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Today's local date, read once per run. */
  today: string;
  readStdin(): Promise<Buffer>;
}

/** `path:line:column: message`, or `path: message` when there is no position. */
export function errorLine(e: ErrorEntry): string {
  const where = e.line !== undefined ? `${e.path}:${e.line}:${e.column ?? 1}` : e.path;
  return `${where}: ${oneLine(e.message)}\n`;
}

export function noticeLine(n: Problem): string {
  const where = n.line !== undefined ? `${n.path}:${n.line}:${n.column ?? 1}` : n.path;
  return `${where}: notice: ${oneLine(n.message)}\n`;
}

export const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');

/** Colour on a terminal unless NO_COLOR is set (non-empty) or TERM is dumb; FORCE_COLOR forces it. */
export function useColor(io: Io, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '') return io.env.FORCE_COLOR !== '0';
  return !!io.stdout.isTTY && io.env.TERM !== 'dumb';
}
