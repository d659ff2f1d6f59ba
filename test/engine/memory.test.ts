import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createChecker } from '../../server/src/engine';
import { builtinModel } from '../../server/src/terms/model';
import { TODAY } from './helpers';

// An editor keeps one session per open document and checks every version of it. What the
// session keeps between checks must not hold on to the versions it came from: a finding whose
// text is a slice of the document keeps that whole version alive, and a megabyte document
// edited a few hundred times then took hundreds of megabytes.

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

describe('engine: memory across edits', () => {
  it('a session edited 60 times in a 1 MB document keeps no earlier version of it', () => {
    const claims = Array.from({ length: 200 }, (_, k) => `In draft ${k}, Azure is OpenAI's exclusive cloud provider until the contract is renegotiated.`);
    const filler = 'The companies said the arrangement would be reviewed by their boards over the coming months. '.repeat(11_000);
    let text = `${claims.join('\n\n')}\n\n${filler}\n`;
    assert.ok(text.length > 1_000_000);
    const checker = createChecker(builtinModel);
    const session = checker.createSession();
    const first = checker.check(text, { asOf: TODAY }, session).findings;
    assert.equal(first.filter((f) => f.text === 'exclusive cloud provider').length, 200);

    const before = heapAfterGc();
    for (let k = 0; k < 60; k++) {
      // Each edit changes a sentence that holds a claim, so it is analysed again, in the new version.
      const at = text.indexOf(`draft ${k * 3},`) + 5;
      text = `${text.slice(0, at)}x${text.slice(at)}`;
      const { findings } = checker.check(text, { asOf: TODAY }, session);
      assert.equal(findings.length, 200);
    }
    const grown = heapAfterGc() - before;
    // 60 versions of the document are 60 MB; what the session legitimately keeps is the last one
    // and the masked text.
    assert.ok(grown < 12 * 1024 * 1024, `the heap grew by ${(grown / 1048576).toFixed(1)} MB over 60 edits`);
  });

  it('a checker that has read many documents keeps none of them (new long words included)', () => {
    const checker = createChecker(builtinModel);
    const filler = 'The companies said the arrangement would be reviewed by their boards over the coming months. '.repeat(11_000);
    const before = heapAfterGc();
    for (let k = 0; k < 40; k++) {
      // A word of 13 letters or more, new to the checker and already in lower case: the kind of
      // word the tokenizer keeps in its table of normalised words.
      const word = `recapitalization${String.fromCharCode(97 + (k % 26))}${String.fromCharCode(97 + Math.floor(k / 26))}`;
      const text = `Microsoft holds a 32.5% stake in OpenAI, the ${word} filing says.\n\n${filler}`;
      assert.equal(checker.check(text, { asOf: TODAY }).findings.length, 1);
    }
    const grown = heapAfterGc() - before;
    // 40 documents of 1 MB each: keeping any of them whole shows as megabytes.
    assert.ok(grown < 8 * 1024 * 1024, `the heap grew by ${(grown / 1048576).toFixed(1)} MB over 40 documents`);
  });
});
