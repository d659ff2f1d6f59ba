// --format github: GitHub Actions workflow commands, one line per finding, which the runner
// turns into annotations on the pull request's diff.
import type { Severity } from '../../engine/types';
import type { Report } from '../report';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(severity: Severity): 'error' | 'warning' | 'notice' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'notice';
}

export function formatGithub(report: Report): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const f of file.findings) {
      const props = [
        `file=${escapeProperty(file.path)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(f.ruleId)}`,
      ].join(',');
      lines.push(`::${command(f.severity)} ${props}::${escapeData(f.message)}`);
    }
  }
  for (const e of report.errors) {
    const where = e.line !== undefined ? `,line=${e.line},col=${e.column}` : '';
    lines.push(`::error file=${escapeProperty(e.path)}${where},title=agreement-lens::${escapeData(e.message)}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
