import { DomainError } from '../../common/errors/domain-error.js';
import { parseContractInline } from './parse-contract-inline.js';
import { parseDocumentText } from './parse-document.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const OAS = 'openapi: 3.0.3\ninfo:\n  title: T\n  version: "1"\npaths: {}\n';

async function rejection(input: Uint8Array | string): Promise<DomainError> {
  try {
    if (typeof input === 'string') parseDocumentText(input);
    else await parseContractInline(input);
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('expected a DomainError');
}

describe('decoding the upload', () => {
  it('strips a UTF-8 BOM and keeps the text otherwise unchanged', async () => {
    const sut = await parseContractInline(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(OAS)]));
    expect(sut.text).toBe(OAS);
    expect(sut.specVersion).toBe('3.0.3');
  });

  it('rejects invalid UTF-8 with the line of the bad byte', async () => {
    const bytes = new Uint8Array([...utf8('openapi: 3.0.3\ninfo: '), 0xc3, 0x28, ...utf8('\n')]);
    const err = await rejection(bytes);
    expect(err.code).toBe('INVALID_DOCUMENT');
    expect(err.causes).toEqual([
      { code: 'INVALID_UTF8', message: 'The document is not valid UTF-8 (invalid byte sequence at byte 21)', pointer: '', line: 2, column: 7 },
    ]);
  });

  it.each([
    ['', 'EMPTY_DOCUMENT'],
    ['  \n\t\n', 'EMPTY_DOCUMENT'],
  ])('rejects empty input %j', async (text, code) => {
    expect((await rejection(utf8(text))).causes.map((c) => c.code)).toEqual([code]);
  });

  it('rejects a NUL character with its position', async () => {
    const err = await rejection(utf8('openapi: 3.0.3\ninfo:\n  title: "a\u0000b"\n'));
    expect(err.causes[0]).toMatchObject({ code: 'NUL_CHARACTER', line: 3, column: 12 });
  });

  it('rejects a lone surrogate and a NUL written as escapes, in values and keys', () => {
    const err = parseErr('{"openapi":"3.0.3","x":"\\ud800","y":["\\u0000"],"k\\u0000":1}');
    expect(err.causes.map((c) => [c.code, c.pointer, c.line])).toEqual([
      ['LONE_SURROGATE', '/x', 1],
      ['NUL_CHARACTER', '/k\u0000', 1],
      ['NUL_CHARACTER', '/y/0', 1],
    ]);
  });

  it('refuses documents above the size limit with PAYLOAD_TOO_LARGE', async () => {
    const err = await rejection(new Uint8Array(2048).fill(0x20)).catch((e) => e as DomainError);
    expect(err.code).toBe('INVALID_DOCUMENT');
    await expect(parseContractInline(new Uint8Array(11), { maxBytes: 10 })).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });
});

function parseErr(text: string): DomainError {
  try {
    parseDocumentText(text);
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('expected a DomainError');
}

describe('parseDocumentText', () => {
  it('parses JSON and YAML to the same tree', () => {
    expect(parseDocumentText('{"a": [1, {"b": null}]}')).toEqual(parseDocumentText('a:\n  - 1\n  - b: null\n'));
  });

  it('accepts flow-style YAML that starts with a brace', () => {
    expect(parseDocumentText('{a: 1, b: [x]}')).toEqual({ a: 1, b: ['x'] });
  });

  it('rejects duplicate YAML keys with pointer and line', () => {
    const err = parseErr('a: 1\npaths:\n  /x:\n    get: {}\n    get: {}\na: 2\n');
    expect(err.causes).toEqual([
      { code: 'DUPLICATE_KEY', message: 'Duplicate key "get" at /paths/~1x/get', pointer: '/paths/~1x/get', line: 5, column: 5 },
      { code: 'DUPLICATE_KEY', message: 'Duplicate key "a" at /a', pointer: '/a', line: 6, column: 1 },
    ]);
  });

  it('rejects duplicate JSON keys (also when escaped differently) with pointer and line', () => {
    const err = parseErr('{\n  "info": {"title": "a",\n    "t\\u0069tle": "b"}\n}');
    expect(err.causes).toEqual([
      { code: 'DUPLICATE_KEY', message: 'Duplicate key "title" at /info/title', pointer: '/info/title', line: 3, column: 5 },
    ]);
  });

  it('reports JSON syntax errors with a position', () => {
    const err = parseErr('{\n  "a": 1,\n  "b": [1, 2\n}');
    expect(err.causes).toHaveLength(1);
    expect(err.causes[0]).toMatchObject({ code: 'JSON_SYNTAX', line: 4, column: 1 });
  });

  it('reports YAML syntax errors with a position', () => {
    const err = parseErr('a: 1\nb: "x\nc: 2\n');
    expect(err.causes[0]).toMatchObject({ code: 'YAML_SYNTAX', message: 'Missing closing "quote', line: 4, column: 1 });
  });

  it('rejects custom and non-JSON tags', () => {
    const err = parseErr('a: !!binary aGk=\nb: !js/function "x"\nc: !!set {x}\n');
    expect(err.causes.map((c) => [c.code, c.pointer, c.line])).toEqual([
      ['YAML_TAG', '/a', 1],
      ['YAML_TAG', '/b', 2],
      ['YAML_TAG', '/c', 3],
    ]);
  });

  it('rejects more than one YAML document', () => {
    expect(parseErr('a: 1\n---\nb: 2\n').causes).toEqual([
      { code: 'MULTIPLE_DOCUMENTS', message: 'Expected one YAML document, found 2', pointer: '', line: 2, column: 1 },
    ]);
  });

  it.each([
    ['- a\n- b\n', 'a list'],
    ['"just text"', 'a string'],
    ['42', 'a number'],
  ])('rejects a top level that is not an object: %j', (text, found) => {
    expect(parseErr(text).causes).toEqual([
      expect.objectContaining({ code: 'NOT_AN_OBJECT', message: `The document must be a mapping/object at the top level, found ${found}` }),
    ]);
  });

  it('rejects a YAML text with only comments as empty', () => {
    expect(parseErr('# only a comment\n').causes).toEqual([
      { code: 'EMPTY_DOCUMENT', message: 'The document contains no YAML content', pointer: '' },
    ]);
  });

  it('rejects .inf and .nan, which JSON cannot hold', () => {
    expect(parseErr('a: .inf\nb: [.nan]\n').causes.map((c) => [c.code, c.pointer])).toEqual([
      ['NON_FINITE_NUMBER', '/a'],
      ['NON_FINITE_NUMBER', '/b/0'],
    ]);
  });

  it('stops an alias bomb quickly with ALIAS_LIMIT', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    const started = Date.now();
    const err = parseErr(lines.join('\n'));
    expect(err.causes.map((c) => c.code)).toEqual(['ALIAS_LIMIT']);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('counts alias expansion against the node budget', () => {
    const doc = 'a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nb: [*a, *a, *a, *a, *a]\n';
    const err = (() => {
      try {
        parseDocumentText(doc, { maxNodes: 50 }); // 2 + 10 + 5 × 11 values
      } catch (e) {
        return e as DomainError;
      }
      throw new Error('expected a DomainError');
    })();
    expect(err.causes.map((c) => [c.code, c.pointer])).toEqual([['NODE_LIMIT', '/b/3']]);
  });

  it('rejects an alias that contains itself (ALIAS_CYCLE)', () => {
    expect(parseErr('a: &a\n  b: *a\n').causes.map((c) => [c.code, c.pointer])).toEqual([['ALIAS_CYCLE', '/a/b']]);
  });

  it.each([
    ['JSON', '{"a":' + '['.repeat(10_000) + ']'.repeat(10_000) + '}'],
    ['YAML flow', 'a: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n'],
  ])('rejects 10,000-deep nesting (%s) with DEPTH_LIMIT, quickly', (_name, text) => {
    const started = Date.now();
    const err = parseErr(text);
    expect(err.causes.map((c) => [c.code, c.message])).toEqual([['DEPTH_LIMIT', 'Nesting deeper than 256 levels']]);
    expect(err.causes[0].pointer).toBe('/a' + '/0'.repeat(255));
    expect(err.causes[0].line).toBe(1);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('accepts 250 levels of nesting', () => {
    expect(parseDocumentText('{"a":' + '['.repeat(250) + ']'.repeat(250) + '}')).toHaveProperty('a');
  });

  it.each([
    ['YAML', '__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\nx:\n  __proto__: {polluted: yes}\n'],
    ['JSON', '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"x":{"__proto__":{"polluted":"yes"}}}'],
  ])('keeps __proto__ keys (%s) as plain data without touching any prototype', (_name, text) => {
    const sut = parseDocumentText(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(sut)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(sut.x)).toBe(Object.prototype);
    expect(Object.keys(sut)).toEqual(['__proto__', 'constructor', 'x']);
    expect(Object.getOwnPropertyDescriptor(sut, '__proto__')?.value).toEqual({ polluted: 'yes' });
    expect((sut as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('applies the node budget from the limits', () => {
    const err = (() => {
      try {
        parseDocumentText('a: [1, 2, 3, 4, 5]\n', { maxNodes: 4 });
      } catch (e) {
        return e as DomainError;
      }
      throw new Error('expected a DomainError');
    })();
    expect(err.causes.map((c) => [c.code, c.pointer])).toEqual([['NODE_LIMIT', '/a']]);
  });
});
