import assert from 'node:assert/strict';
import { segment } from '../../server/src/engine/segment';
import { splitSentences } from '../../server/src/engine/sentences';
import { tokenize } from '../../server/src/engine/tokens';
import { checkAll, problems } from './helpers';

function prose(text: string, lang = 'markdown'): string {
  const s = segment(text, lang);
  return s.blocks.map((b) => s.masked.slice(b.start, b.end).replace(/\s+/g, ' ').trim()).join(' | ');
}

describe('engine: segment', () => {
  it('keeps the masked text the same length as the original', () => {
    const text = '---\nas-of: 2025-11-01\n---\n# Title 📈\r\n\r\n**Bold** and `code` and [a link](http://x.y/z).\n';
    assert.equal(segment(text).masked.length, text.length);
  });

  it('makes headings, list items and table rows blocks of their own', () => {
    const text = '# Stake\nMicrosoft holds 27%.\n\n- first item\n- second item\n\n| term | value |\n|---|---|\n| stake | 27% |\n';
    assert.equal(prose(text), 'Stake | Microsoft holds 27%. | first item | second item | term value | stake 27%');
  });

  it('reads front matter as-of and masks the rest of the front matter', () => {
    const s = segment('---\ntitle: "x"\nas-of: "2025-11-01" # the day of the briefing\n---\nText.');
    assert.equal(s.frontMatter?.asOf, '2025-11-01');
    assert.equal(prose('---\ntitle: Microsoft holds 32.5%\n---\nText.'), 'Text.');
  });

  it('masks code spans by matching backtick runs, not the first backtick', () => {
    assert.equal(prose('A ``code with ` inside`` then prose.'), 'A then prose.');
    assert.equal(prose('An unmatched ` backtick keeps the prose.'), 'An unmatched ` backtick keeps the prose.');
  });

  it('masks the URLs of a line wherever they start, and not words that only contain a scheme', () => {
    assert.equal(prose('a://b and http://x.y/32.5% then xwww.z and www.q.r/27% or https://s ok'), 'a://b and then xwww.z and or ok');
    assert.equal(prose('://http://x://.)www. end'), ':// )www. end');
  });

  it('masks bare URLs, HTML tags and comments spanning lines', () => {
    assert.equal(prose('See https://example.com/32.5%-stake and <b>bold</b>.\n<!-- a\nMicrosoft holds 32.5%\n-->\nAfter.'), 'See and bold . After.');
  });

  it('keeps plain text as it is, paragraph by paragraph', () => {
    assert.equal(prose('First **not emphasis** line.\nSame paragraph.\n\nSecond.', 'plaintext'), 'First **not emphasis** line. Same paragraph. | Second.');
  });
});

describe('engine: sentences', () => {
  const split = (t: string) => splitSentences(t, 0, t.length).map((s) => t.slice(s.start, s.end));
  it('does not end a sentence at Oct., U.S., Inc. or a decimal point', () => {
    assert.deepEqual(split('On Oct. 28, 2025 the U.S. company Microsoft Corp. said it holds 27.0 percent. OpenAI Inc. agreed.'),
      ['On Oct. 28, 2025 the U.S. company Microsoft Corp. said it holds 27.0 percent.', 'OpenAI Inc. agreed.']);
  });
  it('keeps a closing quote with its sentence', () => {
    assert.deepEqual(split('He said "it is 27%." Then left.'), ['He said "it is 27%."', 'Then left.']);
  });
});

describe('engine: figures', () => {
  const words = (t: string) => tokenize(t, 0, t.length).filter((k) => k.kind !== 'word' && k.kind !== 'punct').map((k) => `${k.w}${k.approx ? '~' : ''}`);
  it('reads percent, money and year spellings as one figure each', () => {
    assert.deepEqual(words('27%, 27 percent, 32.5 per cent, 32.5 pct, 27% percent, ~27%, one-third, nearly a third'),
      ['27%', '27%', '32.5%', '32.5%', '27%', '27%~', '33.33%~', '33.33%~']);
    assert.deepEqual(words('$135 billion, $135bn, $135B, US$135 billion, US $135 billion, 135 billion dollars, 135 billion USD, $1,000'),
      ['$135b', '$135b', '$135b', '$135b', '$135b', '$135b', '$135b', '$1000']);
    assert.deepEqual(words('through 2032, in 2019, 1999 but not 12345'), ['2032', '2019', '1999']);
  });
  it('flags each spelling of a stale stake with a replacement in the same style', () => {
    const fixes = ['32.5%', '32.5 percent', '32.5 per cent', '49%'].map((v) => problems(`Microsoft holds a ${v} stake in OpenAI.`)[0]?.replacement);
    assert.deepEqual(fixes, ['27%', '27 percent', '27 per cent', '27%']);
    const [usd] = problems('OpenAI is valued at US$500 billion.');
    assert.equal(usd.replacement, 'US$730 billion');
    assert.equal(checkAll('Microsoft holds roughly 27 per cent of OpenAI.')[0].kind, 'current');
  });
});
