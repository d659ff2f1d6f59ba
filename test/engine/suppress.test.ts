import assert from 'node:assert/strict';
import { problems } from './helpers';

const STALE = 'Microsoft holds a 32.5% stake in OpenAI.';

describe('engine: disable comments', () => {
  it('disable-next-line silences the next line only', () => {
    const text = `<!-- agreement-lens-disable-next-line -->\n${STALE}\n${STALE}\n`;
    assert.equal(problems(text).length, 1);
    assert.ok(problems(text)[0].start > text.indexOf('\n', text.indexOf(STALE)));
  });
  it('disable-next-line with a rule id silences only that rule', () => {
    const text = `<!-- agreement-lens-disable-next-line cloud.rofr -->\n${STALE} It has a right of first refusal.\n`;
    assert.deepEqual(problems(text).map((f) => f.ruleId), ['equity.microsoft-stake']);
  });
  it('disable … enable silences a region; a kind or an id prefix names rules', () => {
    const text = `<!-- agreement-lens-disable stale -->\n${STALE}\n\n<!-- agreement-lens-enable -->\n${STALE}\n`;
    assert.equal(problems(text).length, 1);
    const prefix = `<!-- agreement-lens-disable equity -->\n${STALE}\n`;
    assert.equal(problems(prefix).length, 0);
  });
  it('disable-file silences the whole document', () => {
    assert.equal(problems(`${STALE}\n\n<!-- agreement-lens-disable-file -->\n`).length, 0);
  });
  it('works on a line of its own in plain text', () => {
    const text = `agreement-lens-disable-next-line\n${STALE}\n\n${STALE}\n`;
    assert.equal(problems(text, { languageId: 'plaintext' }).length, 1);
  });
  it('a disable comment inside a code fence is not a directive', () => {
    const text = '```\n<!-- agreement-lens-disable-file -->\n```\n\n' + STALE;
    assert.equal(problems(text).length, 1);
  });
});
