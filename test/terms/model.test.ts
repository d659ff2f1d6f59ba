// The built-in terms model: schema, semantic validation, coverage of the facts, and the
// values it gives on fixed dates. Dates are fixed: these tests never read the clock.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { builtinModel, isIsoDate, mergeModel, periodAt, termById, validateModel } from '../../server/src/terms/model';
import type { Term, TermsModel } from '../../server/src/terms/types';
import termsSchema from '../../server/src/terms/terms.schema.json';
import configSchema from '../../server/src/terms/config.schema.json';

const factsPath = join(__dirname, '../../../shared/facts/terms-facts.json');
const facts = JSON.parse(readFileSync(factsPath, 'utf8')) as {
  sources: Record<string, unknown>;
  events: { id: string }[];
  terms: { id: string; surface_forms: Record<string, string[]> }[];
};

const clone = (): TermsModel => structuredClone(builtinModel);
const term = (id: string): Term => {
  const t = termById(builtinModel, id);
  assert.ok(t, `term ${id} exists`);
  return t;
};
const valueOn = (id: string, date: string) => periodAt(term(id), date)?.value;

describe('terms model: schema', () => {
  const ajv = new Ajv({ allErrors: true });
  ajv.addSchema(termsSchema, 'terms.schema.json');
  const validateTerms = ajv.getSchema('terms.schema.json')!;
  const validateConfig = ajv.compile(configSchema);

  it('terms.json validates against terms.schema.json', () => {
    const ok = validateTerms(builtinModel);
    assert.ok(ok, ajv.errorsText(validateTerms.errors));
  });

  it('the schema rejects unknown properties and bad values', () => {
    const bad = clone() as unknown as { terms: Record<string, unknown>[] };
    bad.terms[0].colour = 'red';
    (bad.terms[1].timeline as Record<string, unknown>[])[0].from = '28 Oct 2025';
    assert.equal(validateTerms(bad), false);
    const messages = ajv.errorsText(validateTerms.errors);
    assert.match(messages, /additional properties/);
    assert.match(messages, /pattern/);
  });

  it('every schema property has a description (editors show it as completion help)', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const props = (node as { properties?: Record<string, unknown> }).properties;
      for (const [k, v] of Object.entries(props ?? {})) {
        if (!(v as { description?: string }).description) missing.push(`${path}.${k}`);
      }
      // `if` subschemas only test values; they are not properties a user writes.
      for (const [k, v] of Object.entries(node)) if (k !== 'if') walk(v, `${path}.${k}`);
    };
    walk(termsSchema, 'terms');
    walk(configSchema, 'config');
    assert.deepEqual(missing, []);
  });

  it('config.schema.json accepts a full config and reuses the term definition', () => {
    const config = {
      $schema: './node_modules/agreement-lens/config.schema.json',
      asOf: '2025-11-01',
      rules: { stale: 'error', 'equity.microsoft-stake': 'off' },
      ignore: ['drafts/**'],
      terms: [term('stargate.size')],
    };
    assert.ok(validateConfig(config), ajv.errorsText(validateConfig.errors));
    assert.equal(validateConfig({ rules: { stale: 'loud' } }), false);
    assert.equal(validateConfig({ asOf: 'yesterday' }), false);
    assert.equal(validateConfig({ terms: [{ id: 'x.y' }] }), false);
    // What the config loader fills in may be left out.
    const minimal = { id: 'custom.board-seats', title: 'Board seats', sources: ['msft-2025-10-28'], timeline: [{ from: null, value: 0, label: 'none' }] };
    assert.ok(validateConfig({ terms: [minimal] }), ajv.errorsText(validateConfig.errors));
    assert.equal(validateConfig({ terms: [{ ...minimal, colour: 'red' }] }), false);
    assert.ok(validateConfig({ sources: { memo: { title: 'Memo', publisher: 'Us', date: '2026-01', url: 'https://example.com/memo' } } }), ajv.errorsText(validateConfig.errors));
    assert.equal(validateConfig({ sources: { memo: { title: 'Memo', publisher: 'Us', date: 'January', url: 'https://example.com/memo' } } }), false);
    assert.equal(validateConfig({ colour: 'red' }), false);
  });
});

describe('terms model: semantic validation', () => {
  it('the built-in model has no problems', () => {
    assert.deepEqual(validateModel(builtinModel), []);
  });

  it('reports overlapping periods', () => {
    const m = clone();
    const t = m.terms.find((t) => t.id === 'equity.microsoft-stake')!;
    t.timeline[1].from = '2025-10-01';
    assert.ok(validateModel(m).some((e) => /equity\.microsoft-stake, period 2: .*overlap/.test(e)), validateModel(m).join('\n'));
  });

  it('reports a period after one that never ends', () => {
    const m = clone();
    const t = m.terms.find((t) => t.id === 'cloud.rofr')!;
    t.timeline[0].to = null;
    assert.ok(validateModel(m).some((e) => /cloud\.rofr, period 2: overlaps period 1, which never ends/.test(e)));
  });

  it('reports an unexplained gap and accepts an explained one', () => {
    const m = clone();
    const t = m.terms.find((t) => t.id === 'cloud.api-exclusivity')!;
    t.timeline[0].to = '2026-01-01';
    t.timeline[0].endedBy = undefined;
    assert.ok(validateModel(m).some((e) => /cloud\.api-exclusivity, period 2: unexplained gap from 2026-01-01 to 2026-04-27/.test(e)));
    t.timeline[1].gapBefore = 'explained';
    assert.deepEqual(validateModel(m), []);
  });

  it('reports missing and unknown sources', () => {
    const m = clone();
    const t = m.terms.find((t) => t.id === 'valuation.microsoft-stake-value')!;
    t.timeline[0].sources = [];
    t.sources = ['no-such-source'];
    const errors = validateModel(m);
    assert.ok(errors.includes('term valuation.microsoft-stake-value, period 1: has no source'), errors.join('\n'));
    assert.ok(errors.includes('term valuation.microsoft-stake-value: unknown source "no-such-source"'), errors.join('\n'));
  });

  it('reports unknown events, and event dates that disagree with the period', () => {
    const m = clone();
    const t = m.terms.find((t) => t.id === 'cloud.rofr')!;
    t.timeline[0].event = 'ev-1999-01-01';
    t.timeline[1].event = 'ev-2026-04-27';
    const errors = validateModel(m);
    assert.ok(errors.some((e) => /cloud\.rofr, period 1: unknown event "ev-1999-01-01"/.test(e)));
    assert.ok(errors.some((e) => /cloud\.rofr, period 2: from 2025-10-28 does not match the date of event ev-2026-04-27/.test(e)));
  });

  it('reports values of the wrong type and choice values that are not keys', () => {
    const m = clone();
    m.terms.find((t) => t.id === 'equity.microsoft-stake')!.timeline[1].value = '27%';
    m.terms.find((t) => t.id === 'structure.openai-entity')!.timeline[2].value = 'corporation';
    m.terms.find((t) => t.id === 'cloud.rofr')!.timeline[1].value = 'no';
    m.terms.find((t) => t.id === 'contract.end-date')!.timeline[0].value = 2030;
    const errors = validateModel(m);
    assert.equal(errors.length, 4, errors.join('\n'));
    assert.ok(errors.some((e) => /microsoft-stake, period 2: value "27%" is not a valid percent/.test(e)));
    assert.ok(errors.some((e) => /openai-entity, period 3: value "corporation" is not a valid choice key/.test(e)));
  });

  it('reports invalid dates, including impossible calendar days', () => {
    const m = clone();
    m.terms[0].timeline[1].from = '2025-02-30';
    m.compiled = '21 Nov 2026';
    const errors = validateModel(m);
    assert.ok(errors.some((e) => /invalid from date "2025-02-30"/.test(e)));
    assert.ok(errors.some((e) => /compiled date/.test(e)));
    assert.equal(isIsoDate('2024-02-29'), true);
    assert.equal(isIsoDate('2025-02-29'), false);
  });
});

describe('terms model: coverage of the facts', () => {
  it('covers all 22 fact ids', () => {
    const covered = new Set(builtinModel.terms.flatMap((t) => t.factIds));
    const factIds = facts.terms.map((t) => t.id);
    assert.equal(factIds.length, 22);
    assert.deepEqual(factIds.filter((id) => !covered.has(id)), []);
    assert.deepEqual([...covered].filter((id) => !factIds.includes(id)), []);
  });

  it('holds every source and event of the facts', () => {
    assert.deepEqual(Object.keys(builtinModel.sources).sort(), Object.keys(facts.sources).sort());
    assert.deepEqual(builtinModel.events.map((e) => e.id), facts.events.map((e) => e.id));
  });

  it('every term and every period cites at least one source that exists', () => {
    for (const t of builtinModel.terms) {
      assert.ok(t.sources.length > 0, t.id);
      for (const k of t.sources) assert.ok(builtinModel.sources[k], `${t.id}: ${k}`);
      t.timeline.forEach((p, i) => {
        assert.ok(p.sources.length > 0, `${t.id} period ${i + 1}`);
        for (const k of p.sources) assert.ok(builtinModel.sources[k], `${t.id} period ${i + 1}: ${k}`);
        for (const k of p.sources) assert.ok(t.sources.includes(k), `${t.id}: period source ${k} is listed on the term`);
      });
    }
  });

  it('copies every surface form of the facts into a term that models that fact', () => {
    const kinds: Record<string, string> = { current_oct2025: 'currentOct2025' };
    for (const f of facts.terms) {
      const owners = builtinModel.terms.filter((t) => t.factIds.includes(f.id));
      for (const [kind, forms] of Object.entries(f.surface_forms)) {
        for (const form of forms) {
          const key = (kinds[kind] ?? kind) as keyof Term['surfaceForms'];
          assert.ok(owners.some((t) => t.surfaceForms[key]?.includes(form)), `${f.id} ${kind}: "${form}"`);
        }
      }
    }
  });

  it('ends every open-ended timeline in the last period and orders periods by date', () => {
    for (const t of builtinModel.terms) {
      t.timeline.forEach((p, i) => {
        if (p.to === null) assert.equal(i, t.timeline.length - 1, t.id);
      });
    }
  });
});

describe('terms model: periodAt on fixed dates', () => {
  it("Microsoft's stake: 32.5% before the recapitalization, 27% from 2025-10-28", () => {
    assert.equal(valueOn('equity.microsoft-stake', '2025-06-01'), 32.5);
    assert.equal(valueOn('equity.microsoft-stake', '2025-10-27'), 32.5);
    assert.equal(valueOn('equity.microsoft-stake', '2025-10-28'), 27);
    assert.equal(valueOn('equity.microsoft-stake', '2025-11-01'), 27);
    assert.equal(valueOn('equity.microsoft-stake', '2026-11-21'), 27);
    assert.equal(valueOn('equity.microsoft-stake', '1990-01-01'), 32.5, 'an unknown start holds since forever');
  });

  it('API exclusivity: true on 2025-11-01, false from 2026-04-27', () => {
    assert.equal(valueOn('cloud.api-exclusivity', '2025-11-01'), true);
    assert.equal(valueOn('cloud.api-exclusivity', '2026-04-26'), true);
    assert.equal(valueOn('cloud.api-exclusivity', '2026-04-27'), false);
    assert.equal(valueOn('cloud.api-exclusivity', '2026-05-01'), false);
  });

  it('right of first refusal: none before 2025-01-21, yes until 2025-10-28, no since', () => {
    assert.equal(periodAt(term('cloud.rofr'), '2024-06-01'), undefined);
    assert.equal(valueOn('cloud.rofr', '2025-01-21'), true);
    assert.equal(valueOn('cloud.rofr', '2025-06-01'), true);
    assert.equal(valueOn('cloud.rofr', '2025-11-01'), false);
  });

  it('licence exclusivity, term and revenue share follow the 2026-04-27 amendment', () => {
    assert.equal(valueOn('ip.models-products-licence', '2019-12-01'), 'preferred-partner');
    assert.equal(valueOn('ip.models-products-licence', '2025-11-01'), 'exclusive');
    assert.equal(valueOn('ip.models-products-licence', '2026-11-21'), 'non-exclusive');
    assert.equal(valueOn('ip.models-products-term', '2025-06-01'), 2030);
    assert.equal(valueOn('ip.models-products-term', '2026-11-21'), 2032);
    assert.equal(valueOn('revenue.openai-to-microsoft', '2025-11-01'), 'until-agi-verified');
    assert.equal(valueOn('revenue.openai-to-microsoft', '2026-11-21'), 'through-2030-capped');
    assert.equal(valueOn('revenue.microsoft-to-openai', '2025-11-01'), true);
    assert.equal(valueOn('revenue.microsoft-to-openai', '2026-11-21'), false);
  });

  it('valuation, investment and structure on fixed dates', () => {
    assert.equal(valueOn('valuation.openai', '2024-06-01'), 29e9);
    assert.equal(valueOn('valuation.openai', '2025-11-01'), 500e9);
    assert.equal(valueOn('valuation.openai', '2026-11-21'), 730e9);
    assert.equal(valueOn('investment.microsoft-commitment', '2020-01-01'), 1e9);
    assert.equal(periodAt(term('investment.microsoft-commitment'), '2023-06-01'), undefined, 'no total on record');
    assert.equal(valueOn('investment.microsoft-commitment', '2026-11-21'), 13e9);
    assert.equal(valueOn('investment.microsoft-funded', '2026-01-01'), 11.6e9);
    assert.equal(valueOn('investment.microsoft-funded', '2026-11-21'), 11.8e9);
    assert.equal(valueOn('structure.openai-entity', '2018-01-01'), 'nonprofit');
    assert.equal(valueOn('structure.openai-entity', '2024-01-01'), 'capped-profit');
    assert.equal(valueOn('structure.openai-entity', '2026-11-21'), 'pbc');
  });

  it('marks the Oct-2025 terms the 2026-04-27 posts neither restated nor revoked', () => {
    const unconfirmed = builtinModel.terms.filter((t) => t.notRestatedSince).map((t) => t.id).sort();
    assert.deepEqual(unconfirmed, ['agi.compute-thresholds', 'agi.declaration', 'ip.frontier-model-partner', 'ip.research']);
    for (const id of unconfirmed) assert.equal(term(id).notRestatedSince, '2026-04-27');
  });
});

describe('terms model: mergeModel', () => {
  it('replaces a term with the same id in place and appends new ones', () => {
    const replaced: Term = { ...term('stargate.size'), title: 'Stargate, as my team words it' };
    const added: Term = { ...term('stargate.size'), id: 'custom.my-term', title: 'Mine' };
    const merged = mergeModel(builtinModel, [replaced, added]);
    assert.equal(merged.terms.length, builtinModel.terms.length + 1);
    assert.equal(termById(merged, 'stargate.size')!.title, 'Stargate, as my team words it');
    assert.equal(merged.terms.findIndex((t) => t.id === 'stargate.size'), builtinModel.terms.findIndex((t) => t.id === 'stargate.size'));
    assert.equal(merged.terms.at(-1)!.id, 'custom.my-term');
    assert.equal(termById(builtinModel, 'stargate.size')!.title, 'Size of the Stargate Project', 'the base is not mutated');
    assert.deepEqual(validateModel(merged), []);
  });

  it('adds the sources user terms cite, so they validate', () => {
    const added: Term = { ...term('stargate.size'), id: 'custom.with-source', sources: ['my-memo'] };
    added.timeline = [{ ...added.timeline[0], sources: ['my-memo'] }];
    assert.ok(validateModel(mergeModel(builtinModel, [added])).some((e) => /unknown source "my-memo"/.test(e)));
    const memo = { title: 'Memo', publisher: 'Us', date: '2026-01', url: 'https://example.com/memo', official: false };
    assert.deepEqual(validateModel(mergeModel(builtinModel, [added], { 'my-memo': memo })), []);
  });
});
