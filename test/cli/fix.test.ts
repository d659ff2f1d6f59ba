// --fix: files rewritten with the replacements, byte for byte otherwise the same.
import assert from 'node:assert/strict';
import { chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { AS_OF, cleanUp, CONTRAST, requireBuild, run, STALE, tempTree } from './helpers';

const FIXED = STALE.replace('32.5%', '27%');
const fix = (dir: string, ...paths: string[]) => run(['check', '--as-of', AS_OF, '--fix', ...paths], { cwd: dir });

describe('agreement-lens check --fix', () => {
  before(requireBuild);
  after(cleanUp);

  it('rewrites the stale figure, reports nothing left and exits 0', () => {
    const dir = tempTree({ 'a.md': `# Deal\n\n${STALE}\n` });
    const r = fix(dir, 'a.md');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), `# Deal\n\n${FIXED}\n`);
    assert.match(r.stdout, /1 fixed in 1 file/);
    assert.deepEqual(readdirSync(dir), ['a.md'], 'no temporary file is left behind');
  });

  it('a second run finds nothing more to fix', () => {
    const dir = tempTree({ 'a.md': `${STALE}\n` });
    fix(dir, 'a.md');
    const again = run(['check', '--as-of', AS_OF, '--format', 'json', 'a.md'], { cwd: dir });
    assert.equal(again.status, 0);
    assert.deepEqual(JSON.parse(again.stdout).files[0].findings, []);
  });

  it('keeps CRLF line endings and the UTF-8 BOM', () => {
    const dir = tempTree({ 'a.md': `\uFEFF# Deal\r\n\r\n${STALE}\r\n${CONTRAST}\r\n` });
    fix(dir, 'a.md');
    const bytes = readFileSync(join(dir, 'a.md'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.subarray(3).toString('utf8'), `# Deal\r\n\r\n${FIXED}\r\n${CONTRAST}\r\n`);
  });

  it('keeps a UTF-16 LE file in UTF-16 LE with its BOM', () => {
    const utf16 = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
    const dir = tempTree({ 'a.md': utf16(`${STALE}\n`) });
    fix(dir, 'a.md');
    assert.deepEqual(readFileSync(join(dir, 'a.md')), utf16(`${FIXED}\n`));
  });

  it('keeps the file mode', () => {
    const dir = tempTree({ 'a.md': `${STALE}\n` });
    chmodSync(join(dir, 'a.md'), 0o640);
    fix(dir, 'a.md');
    assert.equal(statSync(join(dir, 'a.md')).mode & 0o777, 0o640);
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), `${FIXED}\n`);
  });

  it('never touches a file with nothing to fix', () => {
    const dir = tempTree({ 'clean.md': `${CONTRAST}\n`, 'stale.md': `${STALE}\n` });
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(dir, 'clean.md'), past, past);
    const before = statSync(join(dir, 'clean.md'));
    fix(dir, '.');
    const after = statSync(join(dir, 'clean.md'));
    assert.equal(after.ino, before.ino);
    assert.equal(after.mtimeMs, before.mtimeMs);
    assert.equal(readFileSync(join(dir, 'stale.md'), 'utf8'), `${FIXED}\n`);
  });

  it('fixes the target of a symbolic link and leaves the link a link', () => {
    const dir = tempTree({ 'real/a.md': `${STALE}\n` });
    symlinkSync(join(dir, 'real/a.md'), join(dir, 'link.md'));
    fix(dir, 'link.md');
    assert.ok(lstatSync(join(dir, 'link.md')).isSymbolicLink());
    assert.equal(readFileSync(join(dir, 'real/a.md'), 'utf8'), `${FIXED}\n`);
  });

  it('does not rewrite a file with invalid UTF-8, and says so', () => {
    const bytes = Buffer.concat([Buffer.from(`${STALE}\n`), Buffer.from([0xc3, 0x28, 0x0a])]);
    const dir = tempTree({ 'a.md': bytes });
    const r = fix(dir, 'a.md');
    assert.deepEqual(readFileSync(join(dir, 'a.md')), bytes);
    assert.match(r.stderr, /a\.md: notice: invalid UTF-8.*not fixed/);
    assert.equal(r.status, 1, 'the stale claim is still reported');
  });
});
