// --format stylish (the default): findings grouped under each file, aligned like ESLint's
// stylish, then one summary line. Colour only when asked for (see main.ts for the rules).
import type { Kind } from '../../engine/types';
import { isProblem, type Report } from '../report';
import type { FormatContext } from './context';

const ansi = (code: string, on: boolean) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatStylish(report: Report, ctx: FormatContext): string {
  const c = {
    path: ansi('4', ctx.color),
    dim: ansi('2', ctx.color),
    bold: ansi('1', ctx.color),
    red: ansi('31', ctx.color),
    yellow: ansi('33', ctx.color),
    green: ansi('32', ctx.color),
    blue: ansi('34', ctx.color),
  };
  const kindColour: Record<Kind, (s: string) => string> = {
    stale: c.yellow, wrong: c.red, unconfirmed: c.blue, current: c.green, historical: c.dim,
  };
  const counts: Record<Kind, number> = { stale: 0, wrong: 0, unconfirmed: 0, current: 0, historical: 0 };
  let fixable = 0;
  let out = '';
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    const rows = file.findings.map((f) => {
      counts[f.kind]++;
      if (isProblem(f.kind) && f.replacement !== undefined) fixable++;
      // Tens of thousands of messages in a big run, almost none with a line break: test first.
      // indexOf, not a regular expression: it runs on every message of a run, tens of thousands.
      const message = f.message.includes('\n') || f.message.includes('\r') ? f.message.replace(/\s*[\r\n]+\s*/g, ' ') : f.message;
      return { pos: `${f.line}:${f.column}`, kind: f.kind, message, ruleId: f.ruleId };
    });
    const w = {
      pos: Math.max(...rows.map((r) => r.pos.length)),
      kind: Math.max(...rows.map((r) => r.kind.length)),
    };
    out += `\n${c.path(file.path)}\n`;
    for (const r of rows) {
      out += `  ${c.dim(r.pos.padEnd(w.pos))}  ${kindColour[r.kind](r.kind.padEnd(w.kind))}  ${r.message}  ${c.dim(r.ruleId)}\n`;
    }
  }

  // --summary: where each file stands, one line per file checked, after the findings.
  const summaries = report.files.filter((f) => f.summary);
  if (summaries.length) {
    out += '\n';
    for (const file of summaries) out += `${c.path(file.path)}: ${file.summary!.text}\n`;
  }

  const problems = counts.stale + counts.wrong;
  const fixed = [...ctx.fixed.values()].reduce((a, b) => a + b, 0);
  const extras: string[] = [];
  if (counts.unconfirmed) extras.push(`${counts.unconfirmed} unconfirmed`);
  if (counts.current + counts.historical) extras.push(plural(counts.current + counts.historical, 'current or historical reference'));
  if (fixed) extras.push(`${fixed} fixed in ${plural(ctx.fixed.size, 'file')}`);
  const tail = `${extras.length ? ', ' + extras.join(', ') : ''} — as of ${report.asOf}`;
  if (problems) {
    out += `\n${c.bold(c.red(`✖ ${plural(problems, 'problem')} (${counts.stale} stale, ${counts.wrong} wrong)`))}${tail}\n`;
    if (fixable && !ctx.fixing) out += `  ${plural(fixable, 'problem')} fixable with the --fix option.\n`;
  } else if (out) {
    out += `\n${c.bold(c.green('✔ no stale or wrong claims'))}${tail}\n`;
  } else {
    out += `${c.bold(c.green('✔ no stale or wrong claims'))} in ${plural(ctx.filesChecked, 'file')}${tail}\n`;
  }
  return out;
}
