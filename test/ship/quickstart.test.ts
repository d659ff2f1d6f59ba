// The README's quick start, followed literally on a clean copy of the repository: the commands
// are read out of README.md (so the README cannot drift from what works) and run in a folder
// holding only the files git tracks or would track (the working-tree versions, so uncommitted
// edits are tested too) — no node_modules, no dist/, no caches. `npm ci` installs from the lock
// file (the npm cache makes it take about 15 s) and its `prepare` script builds dist/; then the
// CLI must find the sample's stale claims. The second command, `npm test`, is this very run: it
// is checked to be there, not run again.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** The commands of the README's quick-start block, comments dropped. */
function quickStart(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Quick start\n'));
  const block = /```sh\n([\s\S]*?)\n```/.exec(section);
  assert.ok(block, 'README.md has a Quick start section with a sh block');
  return block[1].split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter(Boolean);
}

function run(command: string, cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn('sh', ['-c', command], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

describe('README: the quick start on a clean copy of the repository', function () {
  this.timeout(300000);
  let copy = '';

  before(function () {
    let files: string[];
    try {
      files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    } catch {
      console.log('    SKIPPED: not a git checkout (git ls-files failed); the quick start needs the repository\'s file list');
      this.skip();
    }
    copy = mkdtempSync(join(tmpdir(), 'agreement-lens-quickstart-'));
    for (const file of files) {
      // Listed by git but deleted in the working tree: not part of this copy either.
      if (!existsSync(join(ROOT, file))) continue;
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      copyFileSync(join(ROOT, file), join(copy, file));
    }
  });
  after(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('has the two commands: the CLI on examples/ and the tests', () => {
    const commands = quickStart();
    assert.equal(commands.length, 2, commands.join('\n'));
    assert.match(commands[0], /^npm ci && npx agreement-lens check examples\/$/);
    assert.equal(commands[1], 'npm test');
  });

  it('runs the first command in the copy: it exits with status 1 and lists the stale and wrong claims with line and column', async () => {
    assert.ok(!existsSync(join(copy, 'node_modules')) && !existsSync(join(copy, 'dist')), 'the copy starts clean');
    const { status, stdout, stderr } = await run(quickStart()[0], copy);
    assert.equal(status, 1, `exit status ${status}\n${stdout}\n${stderr}`);
    assert.match(stdout, /^examples\/briefing\.md$/m);
    // "From the 2024 briefing: Microsoft holds a 32.5% stake …" and "… Microsoft owns 49% …"
    assert.match(stdout, /^\s+19:43\s+stale\s.*equity\.microsoft-stake$/m);
    assert.match(stdout, /^\s+20:34\s+stale\s.*equity\.microsoft-stake$/m);
    // "a deal valued at $135 billion"
    assert.match(stdout, /^\s+22:27\s+wrong\s.*valuation\.microsoft-stake-value$/m);
    // "Azure remains the exclusive cloud provider for OpenAI's API"
    assert.match(stdout, /^\s+29:19\s+stale\s.*cloud\.api-exclusivity$/m);
    // "Microsoft continues to have exclusive IP rights …"
    assert.match(stdout, /^\s+37:9\s+stale\s.*ip\.models-products-licence$/m);
    // Current and historical claims, the disabled line and the code block are not reported.
    assert.doesNotMatch(stdout, /^\s+(13|15|17|52|55):\d+\s/m);
    assert.match(stdout, /✖ \d+ problems \(\d+ stale, 1 wrong\)/);
  });
});
