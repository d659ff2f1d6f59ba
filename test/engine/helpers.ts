import { createChecker, type CheckOptions, type Finding } from '../../server/src/engine';
import { builtinModel } from '../../server/src/terms/model';

/** A fixed date, so the tests keep their meaning as time passes (the engine never reads the clock). */
export const TODAY = '2026-11-21';
export const OCT_2025 = '2025-11-01';

export const checker = createChecker(builtinModel);

export function check(text: string, options: Partial<CheckOptions> = {}): Finding[] {
  return checker.check(text, { asOf: TODAY, ...options }).findings;
}

/** Findings of every kind, as the hover sees them. */
export function checkAll(text: string, options: Partial<CheckOptions> = {}): Finding[] {
  return check(text, { all: true, ...options });
}

export function problems(text: string, options: Partial<CheckOptions> = {}): Finding[] {
  return check(text, options).filter((f) => f.kind === 'stale' || f.kind === 'wrong');
}

export function kinds(text: string, options: Partial<CheckOptions> = {}): string[] {
  return checkAll(text, options).map((f) => `${f.kind} ${f.ruleId} ${f.text}`);
}
