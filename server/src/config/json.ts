// A small JSON reader that remembers where every value starts, so configuration errors
// (a bad severity three levels down, a trailing comma) can name a line and column.
// JSON.parse reports positions only for some errors and quotes the whole input in others.
// Pure: no Node imports, so the language server's web worker can use it too.

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface JsonParse {
  value?: JsonValue;
  /** Offset of each value, keyed by its path (`rules/stale`, `terms/0/id`); '' is the root. */
  offsets: Map<string, number>;
  error?: { message: string; offset: number };
}

class JsonSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

const MAX_DEPTH = 64;

export function parseJson(text: string): JsonParse {
  const offsets = new Map<string, number>();
  let i = 0;

  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, at);
  };
  const describe = (at: number): string => (at >= text.length ? 'end of file' : `'${text[at]}'`);

  const skipSpace = (): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else if (c === 0x2f && (text[i + 1] === '/' || text[i + 1] === '*')) fail('comments are not allowed in JSON');
      else return;
    }
  };

  const parseString = (): string => {
    const start = i++;
    let out = '';
    for (;;) {
      if (i >= text.length) fail('unterminated string', start);
      const c = text[i];
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else fail('invalid escape in string');
      } else if (c.charCodeAt(0) < 0x20) {
        fail(c === '\n' || c === '\r' ? 'unterminated string (line break inside a string)' : 'control character in string');
      } else {
        out += c;
        i++;
      }
    }
  };

  const parseNumber = (): number => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail(`unexpected ${describe(i)}, expected a value`);
    i += m![0].length;
    return Number(m![0]);
  };

  const parseValue = (path: string, depth: number): JsonValue => {
    skipSpace();
    offsets.set(path, i);
    if (depth > MAX_DEPTH) fail('nesting is too deep');
    const c = text[i];
    const child = (key: string | number) => (path === '' ? String(key) : `${path}/${key}`);
    if (c === '{') {
      i++;
      const obj: { [key: string]: JsonValue } = {};
      skipSpace();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        skipSpace();
        if (text[i] === "'") fail('property names must use double quotes');
        if (text[i] !== '"') fail(`unexpected ${describe(i)}, expected a property name in double quotes`);
        const keyAt = i;
        const key = parseString();
        if (Object.prototype.hasOwnProperty.call(obj, key)) fail(`duplicate property "${key}"`, keyAt);
        skipSpace();
        if (text[i] !== ':') fail(`unexpected ${describe(i)}, expected ':' after property name`);
        i++;
        // defineProperty: a key named "__proto__" must stay an ordinary property.
        Object.defineProperty(obj, key, { value: parseValue(child(key), depth + 1), enumerable: true, writable: true, configurable: true });
        skipSpace();
        if (text[i] === '}') {
          i++;
          return obj;
        }
        if (text[i] !== ',') fail(`unexpected ${describe(i)}, expected ',' or '}'`);
        const comma = i++;
        skipSpace();
        if (text[i] === '}') fail('trailing comma is not allowed in JSON', comma);
      }
    }
    if (c === '[') {
      i++;
      const arr: JsonValue[] = [];
      skipSpace();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(parseValue(child(arr.length), depth + 1));
        skipSpace();
        if (text[i] === ']') {
          i++;
          return arr;
        }
        if (text[i] !== ',') fail(`unexpected ${describe(i)}, expected ',' or ']'`);
        const comma = i++;
        skipSpace();
        if (text[i] === ']') fail('trailing comma is not allowed in JSON', comma);
      }
    }
    if (c === '"') return parseString();
    if (c === "'") fail('strings must use double quotes');
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return parseNumber();
    return fail(i >= text.length ? 'unexpected end of file, expected a value' : `unexpected ${describe(i)}, expected a value`);
  };

  try {
    const value = parseValue('', 0);
    skipSpace();
    if (i < text.length) fail(`unexpected ${describe(i)} after the end of the JSON value`);
    return { value, offsets };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { offsets, error: { message: e.message, offset: e.offset } };
    throw e;
  }
}

/** 1-based line and UTF-16 column of an offset; CRLF, LF and CR all end a line. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let k = 0; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
