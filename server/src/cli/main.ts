// The `agreement-lens` command. Every failure ends as one line on stderr and an exit status:
// 0 no stale or wrong claim, 1 at least one, 2 usage, config or I/O error. Never a stack trace.
import { HELP, parseCommandLine, UsageError } from './args';
import { runExplain, runTerms } from './info';
import { runMergeSarif } from './merge-sarif';
import type { Io } from './output';
import { packageInfo } from './package-info';
import { runCheck } from './run-check';

function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const cmd = parseCommandLine(argv);
    switch (cmd.name) {
      case 'help':
        io.stdout.write(HELP);
        return 0;
      case 'version':
        io.stdout.write(`${packageInfo().version}\n`);
        return 0;
      case 'explain':
        return runExplain(cmd, io);
      case 'terms':
        return runTerms(cmd, io);
      case 'check':
        return await runCheck(cmd, io);
      case 'merge-sarif':
        return runMergeSarif(cmd, io);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`agreement-lens: ${e.message}\n`);
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr.write(`agreement-lens: internal error: ${message.split('\n')[0]}\n`);
    return 2;
  }
}

// A closed pipe (`agreement-lens check | head`) is not an error worth a trace: the rest of
// the output is dropped and the run still ends with its own exit status.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') process.exitCode = 2;
});

const io: Io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env, today: localDate(), readStdin };
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
