import assert from 'node:assert/strict';
import { corpusAvailable, score, CORPUS } from './corpus';

// Regression floor on real sentences written by others. The targets the product aims at
// are higher (see README); this floor catches a change that makes the checker cry wolf or
// go blind.
const FLOOR = { precision: 0.9, recall: 0.8 };

describe('evaluation: the labelled dev corpus', function () {
  before(function () {
    if (!corpusAvailable()) {
      console.log(`      skipped: no corpus at ${CORPUS} (it sits in ../shared beside the project)`);
      this.skip();
    }
  });
  for (const frame of ['today', 'oct2025'] as const) {
    it(`${frame === 'today' ? 'today' : 'as of 2025-11-01'}: precision ≥ ${FLOOR.precision} and recall ≥ ${FLOOR.recall} on stale and wrong`, () => {
      const s = score(frame);
      const detail = s.misses.map((m) => `${m.id} [${m.label}] ${m.text}${m.flagged.length ? ` -> ${m.flagged.join('; ')}` : ''}`).join('\n');
      assert.ok(s.precision >= FLOOR.precision, `precision ${s.precision.toFixed(3)}\n${detail}`);
      assert.ok(s.recall >= FLOOR.recall, `recall ${s.recall.toFixed(3)}\n${detail}`);
    });
  }
});
