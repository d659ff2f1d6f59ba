// --format json: the report object, one line, as the scorer and other tools parse it.
import type { Report } from '../report';

export function formatJson(report: Report): string {
  return JSON.stringify(report) + '\n';
}
