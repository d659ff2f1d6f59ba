// `npm run eval`: the full confusion table on the dev corpus, both frames, with every miss.
import { corpusAvailable, score, CORPUS } from './corpus';

if (!corpusAvailable()) {
  console.error(`eval: no corpus at ${CORPUS}`);
  process.exit(2);
}
for (const frame of ['today', 'oct2025'] as const) {
  const s = score(frame);
  console.log(`\n== frame ${frame}: ${s.sentences} sentences`);
  console.log('label        sentences  flagged');
  for (const [label, b] of Object.entries(s.byLabel)) console.log(`${label.padEnd(12)} ${String(b.n).padStart(9)}  ${String(b.flagged).padStart(7)}`);
  console.log(`\n              flagged  not flagged`);
  console.log(`problem       ${String(s.tp).padStart(7)}  ${String(s.fn).padStart(11)}`);
  console.log(`no problem    ${String(s.fp).padStart(7)}  ${String(s.tn).padStart(11)}`);
  console.log(`precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}`);
  for (const m of s.misses) console.log(`${m.flagged.length ? 'FP' : 'FN'} ${m.id} [${m.label}] ${m.text}${m.flagged.length ? `\n   flagged: ${m.flagged.join('; ')}` : ''}`);
}
