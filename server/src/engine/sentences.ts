// Sentence boundaries inside one prose block of the masked text.
// A period ends a sentence unless it closes a known abbreviation ("Oct.", "U.S.", "Inc.")
// or an initial, or sits inside a number ("32.5").

export interface Span { start: number; end: number; }

const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st',
  'vs', 'etc', 'no', 'approx', 'est', 'fig', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u',
]);

function wordBefore(text: string, dot: number, floor: number): string {
  let s = dot;
  while (s > floor && /[A-Za-z.]/.test(text[s - 1])) s--;
  return text.slice(s, dot).toLowerCase();
}

export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  while (s < end && /\s/.test(text[s])) s++;
  for (let i = s; i < end; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    // Closing quotes and brackets belong to the sentence they end.
    let j = i + 1;
    while (j < end && /["'\u201d\u2019)\]]/.test(text[j])) j++;
    if (j < end && !/\s/.test(text[j])) continue;
    if (c === '.') {
      const w = wordBefore(text, i, s);
      if (ABBREVIATIONS.has(w) || /^[a-z]$/.test(w) || /^([a-z]\.)+[a-z]$/.test(w)) {
        // An abbreviation ends the sentence only when a capital follows a blank line…
        // which a block never contains; keep going.
        continue;
      }
    }
    let k = j;
    while (k < end && /\s/.test(text[k])) k++;
    if (k < end && /[a-z]/.test(text[k])) continue; // "e.g. the", lower case goes on
    out.push({ start: s, end: j });
    s = k;
    i = k - 1;
  }
  let e = end;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e });
  return out;
}
