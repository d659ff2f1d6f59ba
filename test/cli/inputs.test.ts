// What gets checked: folders, globs, stdin, and bad input that must not stop the run.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultJobs, parseCommandLine } from '../../server/src/cli/args';
import { AS_OF, checkJson, cleanUp, CONTRAST, findingsOf, requireBuild, run, STALE, tempTree } from './helpers';

describe('agreement-lens check: inputs', () => {
  before(requireBuild);
  after(cleanUp);

  it('walks folders recursively in sorted order, prose files only, skipping node_modules and dot-folders', () => {
    const dir = tempTree({
      'docs/b.md': `${STALE}\n`,
      'docs/a.markdown': `${STALE}\n`,
      'docs/sub/c.mdx': `${STALE}\n`,
      'docs/sub/d.txt': `${STALE}\n`,
      'docs/e.html': `${STALE}\n`,
      'docs/node_modules/x.md': `${STALE}\n`,
      'docs/.hidden/y.md': `${STALE}\n`,
    });
    const { status, report } = checkJson(['docs'], dir);
    assert.equal(status, 1);
    assert.deepEqual(report.files.map((f) => f.path), ['docs/a.markdown', 'docs/b.md', 'docs/sub/c.mdx', 'docs/sub/d.txt']);
    assert.ok(report.files.every((f) => f.findings.length === 1));
  });

  it('expands globs itself (quoted, as in CI) and reports a glob that matches nothing', () => {
    const dir = tempTree({ 'docs/x/a.md': `${STALE}\n`, 'docs/b.txt': `${CONTRAST}\n`, 'top.txt': `${STALE}\n` });
    assert.deepEqual(checkJson(['docs/**/*.md'], dir).report.files.map((f) => f.path), ['docs/x/a.md']);
    assert.deepEqual(checkJson(['*.txt'], dir).report.files.map((f) => f.path), ['top.txt']);
    const { status, report, stderr } = checkJson(['*.rst', 'top.txt'], dir);
    assert.equal(status, 2);
    assert.match(stderr, /^\*\.rst: no files match/m);
    assert.deepEqual(report.files.map((f) => f.path), ['top.txt']);
  });

  it("reads standard input for '-'", () => {
    const dir = tempTree({});
    const { status, report } = checkJson(['-'], dir, `# From a pipe\n\n${STALE}\n`);
    assert.equal(status, 1);
    assert.equal(report.files[0].path, '<stdin>');
    assert.equal(report.files[0].findings[0].line, 3);
  });

  it('a missing path: exit 2, one line on stderr, and the other file is still reported', () => {
    const dir = tempTree({ 'a.md': `${STALE}\n` });
    const { status, report, stderr } = checkJson(['missing.md', 'a.md'], dir);
    assert.equal(status, 2);
    assert.equal(stderr, 'missing.md: no such file or directory\n');
    assert.deepEqual(report.errors, [{ path: 'missing.md', message: 'no such file or directory' }]);
    assert.equal(findingsOf(report, 'a.md').length, 1);
  });

  it('skips a binary file found in a folder with a notice; the exit status is unaffected', () => {
    const dir = tempTree({ 'docs/a.md': `${CONTRAST}\n`, 'docs/blob.md': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]) });
    const { status, report, stderr } = checkJson(['docs'], dir);
    assert.equal(status, 0);
    assert.match(stderr, /docs\/blob\.md: notice: skipped, binary file/);
    assert.deepEqual(report.files.map((f) => f.path), ['docs/a.md']);
  });

  it('skips files over --max-file-size with a notice', () => {
    const dir = tempTree({ 'docs/big.md': `${STALE}\n${'x'.repeat(2000)}\n`, 'docs/small.md': `${STALE}\n` });
    const { status, report, stderr } = checkJson(['--max-file-size', '1000', 'docs'], dir);
    assert.equal(status, 1);
    assert.match(stderr, /docs\/big\.md: notice: skipped, .* over the size limit/);
    assert.deepEqual(report.files.map((f) => f.path), ['docs/small.md']);
  });

  it('decodes UTF-16 BE with a BOM, and invalid UTF-8 with a notice', () => {
    const be = Buffer.from(`\uFEFF${STALE}\n`, 'utf16le').swap16();
    const bad = Buffer.concat([Buffer.from([0xff, 0x41, 0x0a]), Buffer.from(`${STALE}\n`)]);
    const dir = tempTree({ 'be.md': be, 'bad.md': bad });
    const { report, stderr } = checkJson(['be.md', 'bad.md'], dir);
    assert.equal(findingsOf(report, 'be.md')[0].replacement, '27%');
    assert.equal(findingsOf(report, 'bad.md')[0].line, 2);
    assert.match(stderr, /bad\.md: notice: invalid UTF-8, decoded with replacement characters/);
  });

  it('survives a symbolic link loop', () => {
    const dir = tempTree({ 'docs/a.md': `${STALE}\n` });
    mkdirSync(join(dir, 'docs/sub'));
    symlinkSync(join(dir, 'docs'), join(dir, 'docs/sub/loop'));
    const { status, report, stderr } = checkJson(['docs'], dir);
    assert.equal(status, 1);
    assert.deepEqual(report.files.map((f) => f.path), ['docs/a.md']);
    assert.match(stderr, /docs\/sub\/loop: notice: skipped, symbolic link loop/);
  });

  it('--jobs: worker threads print the same report as one thread', () => {
    const files: Record<string, string> = {};
    for (let k = 0; k < 60; k++) files[`docs/${String(k % 7)}/f${k}.md`] = k % 3 ? `${CONTRAST}\n` : `Intro ${k}.\n\n${STALE}\n`;
    const dir = tempTree(files);
    const one = run(['check', '--as-of', AS_OF, '--format', 'json', '--jobs', '1', 'docs'], { cwd: dir });
    const four = run(['check', '--as-of', AS_OF, '--format', 'json', '--jobs', '4', 'docs'], { cwd: dir });
    assert.equal(one.status, 1);
    assert.equal(four.stdout, one.stdout);
    assert.equal(JSON.parse(one.stdout).files.length, 60);
  });

  it('--jobs by default leaves a core free: none on two cores, seven on eight; --jobs N wins', () => {
    assert.deepEqual([1, 2, 3, 8].map(defaultJobs), [1, 1, 2, 7]);
    const cmd = parseCommandLine(['check', '--jobs', '3', 'docs']);
    assert.equal(cmd.name === 'check' && cmd.jobs, 3);
  });

  it('reads a named pipe to its end, however its writer pauses', function () {
    if (process.platform === 'win32') this.skip();
    const dir = tempTree({});
    const fifo = join(dir, 'notes.md');
    execFileSync('mkfifo', [fifo]);
    // One writer, two writes apart: a read of a pipe may come back short before its end.
    const writer = spawn('sh', ['-c', `{ printf '%s\\n\\n' "${STALE}"; sleep 0.3; printf '%s\\n' "Azure is the exclusive cloud provider for OpenAI."; } > notes.md`], { cwd: dir });
    const { status, report } = checkJson(['notes.md'], dir);
    writer.kill();
    assert.equal(status, 1);
    assert.deepEqual(report.files[0].findings.map((f) => f.text), ['32.5%', 'exclusive cloud provider']);
  });

  it('a file named twice is checked once', () => {
    const dir = tempTree({ 'a.md': `${STALE}\n` });
    writeFileSync(join(dir, 'b.md'), `${CONTRAST}\n`);
    assert.deepEqual(checkJson(['a.md', './a.md', '.'], dir).report.files.map((f) => f.path), ['a.md', 'b.md']);
  });
});
