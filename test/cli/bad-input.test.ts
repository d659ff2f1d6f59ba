// Bad input: each case gets a clear one-line message and the rest of the work goes on.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { closeSync, ftruncateSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AS_OF, checkJson, CLI, cleanUp, requireBuild, run, STALE, tempTree } from './helpers';

/** One line on stderr per problem, never a stack trace. */
function assertCleanStderr(stderr: string): void {
  assert.doesNotMatch(stderr, /\n\s+at .+:\d+:\d+/, 'no stack trace');
  assert.doesNotMatch(stderr, /TypeError|ReferenceError|RangeError/);
}

describe('agreement-lens check: bad input', function () {
  this.timeout(120_000);
  before(requireBuild);
  after(cleanUp);

  it('an empty file is checked and has no findings', () => {
    const dir = tempTree({ 'empty.md': '', 'a.md': `${STALE}\n` });
    const { status, report, stderr } = checkJson(['empty.md', 'a.md'], dir);
    assert.equal(status, 1);
    assert.deepEqual(report.files.map((f) => [f.path, f.findings.length]), [['empty.md', 0], ['a.md', 1]]);
    assert.equal(stderr, '');
  });

  it('a 200 MB file in a folder is skipped with a notice; the other files are reported', () => {
    const dir = tempTree({ 'docs/a.md': `${STALE}\n` });
    const big = join(dir, 'docs/huge.md');
    // A sparse file: 200 MB on paper, no disk needed.
    const fd = openSync(big, 'w');
    writeSync(fd, STALE);
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
    const { status, report, stderr } = checkJson(['docs'], dir);
    assert.equal(status, 1);
    assert.deepEqual(report.files.map((f) => f.path), ['docs/a.md']);
    assert.equal(stderr.trim().split('\n').length, 1);
    assert.match(stderr, /huge\.md/);
    assertCleanStderr(stderr);
  });

  it('a named path that cannot be read as a file: exit 2, one line, the other file still reported', () => {
    const dir = tempTree({ 'a.md': `${STALE}\n` });
    // As root every file is readable, so the unreadable path is one under a file (ENOTDIR).
    const r = run(['check', '--as-of', AS_OF, '--format', 'json', 'a.md', 'a.md/inside.md'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.equal(JSON.parse(r.stdout).files[0].findings.length, 1);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /a\.md\/inside\.md/);
    assertCleanStderr(r.stderr);
  });

  it('unknown flags and bad values are usage errors: exit 2, one line', () => {
    for (const args of [['check', '--frobnicate'], ['check', '--as-of', 'yesterday', 'x.md'], ['check', '--format', 'xml', 'x.md'], ['check', '--jobs', '0', 'x.md'], ['nonsense']]) {
      const r = run(args, { cwd: tempTree({}) });
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1, `${args.join(' ')}: ${r.stderr}`);
      assertCleanStderr(r.stderr);
    }
  });

  it('killed in the middle of --fix, a file is either untouched or fully fixed, never half-written', async () => {
    // Many files, so the kill lands while some are being rewritten.
    const files: Record<string, string> = {};
    const body = `${STALE}\n\n${'Filler prose that says nothing about the partnership at all. '.repeat(2000)}\n`;
    for (let i = 0; i < 60; i++) files[`f${String(i).padStart(2, '0')}.md`] = body;
    const dir = tempTree(files);
    const fixed = body.replace('32.5%', '27%');
    for (const delay of [40, 80, 120, 200]) {
      const child = spawn(process.execPath, [CLI, 'check', '--as-of', AS_OF, '--fix', '--jobs', '1', '.'], { cwd: dir, stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      for (const name of Object.keys(files)) {
        const text = readFileSync(join(dir, name), 'utf8');
        assert.ok(text === body || text === fixed, `${name} is half-written after a kill at ${delay} ms`);
      }
      // Put the stale text back for the next round.
      for (const [name, text] of Object.entries(files)) {
        const fd = openSync(join(dir, name), 'w'); writeSync(fd, text); closeSync(fd);
      }
    }
    const leftovers = readdirSync(dir).filter((n) => !(n in files));
    // A temporary file may survive a SIGKILL (nothing can remove it), but never under a checked name.
    assert.ok(leftovers.every((n) => !n.endsWith('.md')), `leftovers look like documents: ${leftovers.join(', ')}`);
  });
});
