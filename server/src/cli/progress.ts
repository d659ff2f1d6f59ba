// A progress bar on stderr for long runs: only on a terminal and only for many files, so
// piped output and CI logs stay clean. Redrawn at most ten times a second.
const MIN_FILES = 200;

export interface Progress {
  advance(count: number): void;
  done(): void;
}

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total <= MIN_FILES) return { advance() {}, done() {} };
  let count = 0;
  let last = 0;
  const draw = () => {
    const width = Math.max(10, Math.min(40, (stream.columns || 80) - 30));
    const filled = Math.round((count / total) * width);
    stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${count}/${total} files`);
  };
  return {
    advance(n) {
      count += n;
      const now = Date.now();
      if (now - last >= 100 || count === total) {
        last = now;
        draw();
      }
    },
    done() {
      stream.write('\r\u001b[2K');
    },
  };
}
