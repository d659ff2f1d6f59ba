import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtinModel } from '../../server/src/terms/model';

describe('README: rule reference', () => {
  const readme = readFileSync('README.md', 'utf8');
  it('has an anchor for every rule id of the built-in model', () => {
    const missing = builtinModel.terms.map((t) => t.id).filter((id) => !readme.includes(`<a id="${id}"></a>`));
    assert.deepEqual(missing, []);
  });
  it('shows the two quick-start commands', () => {
    assert.match(readme, /npm ci && npx agreement-lens check examples\//);
    assert.match(readme, /^npm test\b/m);
  });
});
