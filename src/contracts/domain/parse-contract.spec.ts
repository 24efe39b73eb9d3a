import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DomainError } from '../../common/errors/domain-error.js';
import { resolveParseLimits } from './contract-types.js';
import { closeValidationPool, parseContract, parseContractInline } from './parse-contract.js';
import { ValidationPool, workerScriptUrl } from './validation-pool.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

async function rejectionOf(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('expected a DomainError');
}

const oas30 = (extra = ''): string =>
  `openapi: 3.0.3\ninfo:\n  title: Pets\n  version: "1.0"\npaths:\n  /pets:\n    get:\n      responses:\n        "200":\n          description: ok\n${extra}`;

describe('parseContract (worker pool)', () => {
  let server: Server;
  let port = 0;
  let connections = 0;

  beforeAll(async () => {
    server = createServer((_req, res) => res.end('{"type":"string"}'));
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await closeValidationPool();
    await new Promise((resolve) => server.close(resolve));
  });

  it('returns a parsed OpenAPI 3.0 contract with its summary and hash', async () => {
    const sut = await parseContract(utf8(oas30('components:\n  schemas:\n    Pet: {type: object}\n')));
    expect(sut).toMatchObject({ kind: 'OPENAPI', specVersion: '3.0.3', syntax: 'yaml' });
    expect(sut.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sut.summary).toEqual({ title: 'Pets', description: null, documentVersion: '1.0', operations: 1, channels: 0, messages: 0, schemas: 1 });
  });

  it.each([
    ['OpenAPI http ref to a local listener', 'openapi', () => `http://127.0.0.1:${port}/schema.json`],
    ['OpenAPI file ref', 'openapi', () => 'file:///etc/passwd'],
    ['OpenAPI relative ref', 'openapi', () => '../../etc/passwd#/x'],
    ['AsyncAPI http ref to a local listener', 'asyncapi', () => `http://127.0.0.1:${port}/schema.json`],
    ['AsyncAPI relative ref', 'asyncapi', () => '../../secrets.yaml'],
  ])('rejects an external $ref (%s) without any I/O', async (_name, kind, ref) => {
    const doc =
      kind === 'openapi'
        ? oas30(`components:\n  schemas:\n    Pet:\n      $ref: "${ref()}"\n`)
        : `asyncapi: 2.6.0\ninfo: {title: T, version: "1"}\nchannels:\n  pets:\n    publish:\n      message:\n        payload:\n          $ref: "${ref()}"\n`;
    const err = await rejectionOf(parseContract(utf8(doc)));
    const pointer = kind === 'openapi' ? '/components/schemas/Pet/$ref' : '/channels/pets/publish/message/payload/$ref';
    expect(err.code).toBe('INVALID_DOCUMENT');
    expect(err.causes[0]).toEqual({
      code: 'EXTERNAL_REF',
      message: `External reference "${ref()}" is not allowed: only references inside the document ("#/...") are resolved`,
      pointer,
      line: kind === 'openapi' ? 14 : 8,
      column: kind === 'openapi' ? 7 : 11,
    });
    expect(connections).toBe(0);
  });

  it('reports an internal ref to nothing with its pointer and line', async () => {
    const err = await rejectionOf(parseContract(utf8(oas30('components:\n  schemas:\n    Pet:\n      $ref: "#/components/schemas/Nope"\n'))));
    expect(err.causes).toEqual([
      { code: 'UNRESOLVED_REF', message: 'Reference "#/components/schemas/Nope" points to nothing in this document', pointer: '/components/schemas/Pet/$ref', line: 14, column: 7 },
    ]);
  });

  it('rejects a pure reference cycle (A → B → A) but accepts a circular schema', async () => {
    const cycle = oas30('components:\n  schemas:\n    A: {$ref: "#/components/schemas/B"}\n    B: {$ref: "#/components/schemas/A"}\n');
    const err = await rejectionOf(parseContract(utf8(cycle)));
    expect(err.causes.map((c) => [c.code, c.pointer])).toEqual([
      ['REF_CYCLE', '/components/schemas/A/$ref'],
      ['REF_CYCLE', '/components/schemas/B/$ref'],
    ]);
    const circular = oas30('components:\n  schemas:\n    Node:\n      type: object\n      properties:\n        next: {$ref: "#/components/schemas/Node"}\n');
    await expect(parseContract(utf8(circular))).resolves.toMatchObject({ specVersion: '3.0.3' });
    const asyncCircular = `asyncapi: 3.0.0\ninfo: {title: T, version: "1"}\ncomponents:\n  schemas:\n    Node:\n      type: object\n      properties:\n        next: {$ref: "#/components/schemas/Node"}\n`;
    await expect(parseContract(utf8(asyncCircular))).resolves.toMatchObject({ kind: 'ASYNCAPI', specVersion: '3.0.0' });
  });

  it.each([
    ['openapi: 3.0.3\nasyncapi: 2.6.0\ninfo: {title: T, version: "1"}\n', 'AMBIGUOUS_SPEC_TYPE', '', 'The document declares both "openapi" and "asyncapi"; a contract must be exactly one of OpenAPI or AsyncAPI'],
    ['info: {title: T, version: "1"}\n', 'MISSING_SPEC_VERSION', '', 'Not an OpenAPI or AsyncAPI document: none of "swagger", "openapi" or "asyncapi" is declared (supported: Swagger 2.0, OpenAPI 3.0.x, 3.1.x and 3.2.x, AsyncAPI 2.0–2.6, 3.0.x and 3.1.x)'],
    ['openapi: 3.3.0\ninfo: {title: T, version: "1"}\n', 'UNSUPPORTED_SPEC_VERSION', '/openapi', 'Unsupported version: OpenAPI "3.3.0" is not supported; supported are Swagger 2.0, OpenAPI 3.0.x, 3.1.x and 3.2.x, AsyncAPI 2.0–2.6, 3.0.x and 3.1.x'],
    ['asyncapi: 1.2.0\ninfo: {title: T, version: "1"}\n', 'UNSUPPORTED_SPEC_VERSION', '/asyncapi', 'Unsupported version: AsyncAPI "1.2.0" is not supported; supported are Swagger 2.0, OpenAPI 3.0.x, 3.1.x and 3.2.x, AsyncAPI 2.0–2.6, 3.0.x and 3.1.x'],
    ['openapi: 9.9.9\ninfo: {title: T, version: "1"}\n', 'UNKNOWN_SPEC_VERSION', '/openapi', 'Unsupported version: OpenAPI "9.9.9" is not a known version; supported are Swagger 2.0, OpenAPI 3.0.x, 3.1.x and 3.2.x, AsyncAPI 2.0–2.6, 3.0.x and 3.1.x'],
    ['swagger: 2\ninfo: {title: T, version: "1"}\n', 'UNKNOWN_SPEC_VERSION', '/swagger', 'Swagger version must be a string (e.g. "2.0"), found the number 2'],
  ])('says clearly which spec versions are accepted (%#)', async (text, code, pointer, message) => {
    const err = await rejectionOf(parseContract(utf8(text)));
    expect(err.message).toBe(`Invalid document: ${message}`);
    expect(err.causes).toEqual([{ code, pointer, message, line: 1, column: 1 }]);
  });

  it('collects all schema problems at once, each with pointer and line', async () => {
    const doc = 'openapi: 3.1.0\ninfo:\n  version: 1\n  colour: red\npaths: {}\nservers: {}\n';
    const err = await rejectionOf(parseContract(utf8(doc)));
    expect(err.causes.map((c) => [c.code, c.pointer, c.message, c.line])).toEqual([
      ['SCHEMA', '/info', 'Missing required property "title"', 2],
      ['SCHEMA', '/info/version', 'must be string', 3],
      ['SCHEMA', '/info/colour', 'Property "colour" is not allowed here', 4],
      ['SCHEMA', '/servers', 'must be array', 6],
    ]);
    expect(err.message).toBe('Invalid document: Missing required property "title" (and 3 more problems)');
  });

  it('answers INVALID_DOCUMENT "validation exceeded time budget" when the budget runs out', async () => {
    const big = { asyncapi: '2.6.0', info: { title: 'T', version: '1' }, channels: {} as Record<string, unknown> };
    for (let i = 0; i < 3000; i++) big.channels[`c${i}`] = { publish: { message: { payload: { type: 'string' } } } };
    const err = await rejectionOf(parseContract(utf8(JSON.stringify(big)), { timeoutMs: 50 }));
    expect(err.code).toBe('INVALID_DOCUMENT');
    expect(err.causes).toEqual([{ code: 'TIME_LIMIT', message: 'validation exceeded time budget (50 ms)', pointer: '' }]);
    await expect(parseContract(utf8(oas30()))).resolves.toMatchObject({ kind: 'OPENAPI' }); // pool recovers
  });

  it('refuses an oversized upload before it reaches a worker', async () => {
    const err = await rejectionOf(parseContract(new Uint8Array(101), { maxBytes: 100 }));
    expect(err.code).toBe('PAYLOAD_TOO_LARGE');
    expect(err.message).toBe('Document is 101 bytes; the limit is 100 bytes');
  });

  it('returns hostile __proto__ keys as data across the worker boundary', async () => {
    const sut = await parseContract(utf8(oas30('x-ext:\n  __proto__:\n    polluted: yes\n')));
    const ext = sut.document['x-ext'] as Record<string, unknown>;
    // structured clone builds it in the main realm (not Jest's), so compare shapes, not identities
    expect(Object.getPrototypeOf(Object.getPrototypeOf(ext))).toBeNull();
    expect(Object.keys(ext)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(ext, '__proto__')?.value).toEqual({ polluted: 'yes' });
    expect((ext as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseContractInline', () => {
  it('never pollutes prototypes, through every validator', async () => {
    const hostile = [
      oas30('x-a:\n  __proto__: {polluted: yes}\n  constructor: {prototype: {polluted: yes}}\n'),
      'swagger: "2.0"\ninfo: {title: T, version: "1"}\npaths: {}\nx-a: {__proto__: {polluted: yes}}\n',
      '{"asyncapi":"2.6.0","info":{"title":"T","version":"1","x-a":{"__proto__":{"polluted":"yes"}}},"channels":{}}',
      'asyncapi: 3.0.0\ninfo: {title: T, version: "1", x-a: {__proto__: {polluted: yes}, constructor: {prototype: {polluted: yes}}}}\n',
    ];
    for (const text of hostile) await parseContractInline(utf8(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('summarizes AsyncAPI 2 and 3 documents', async () => {
    const v2 = `asyncapi: 2.6.0\ninfo: {title: Lights, version: "2.0.0", description: Street}\nchannels:\n  on:\n    publish:\n      message: {$ref: "#/components/messages/On"}\n    subscribe:\n      message: {payload: {type: string}}\ncomponents:\n  messages:\n    On: {payload: {type: string}}\n  schemas:\n    S: {type: string}\n`;
    expect((await parseContractInline(utf8(v2))).summary).toEqual({ title: 'Lights', description: 'Street', documentVersion: '2.0.0', operations: 2, channels: 1, messages: 2, schemas: 1 });
    const v3 = `asyncapi: 3.0.0\ninfo: {title: L, version: "3"}\nchannels:\n  on:\n    messages:\n      On: {payload: {type: string}}\noperations:\n  send:\n    action: send\n    channel: {$ref: "#/channels/on"}\n`;
    expect((await parseContractInline(utf8(v3))).summary).toEqual({ title: 'L', description: null, documentVersion: '3', operations: 1, channels: 1, messages: 1, schemas: 0 });
  });

  it('maps a Swagger 2.0 spec-rule failure to a JSON pointer', async () => {
    const doc = 'swagger: "2.0"\ninfo: {title: T, version: "1"}\npaths:\n  /users/{id}:\n    get:\n      responses: {"200": {description: ok}}\n';
    const err = await rejectionOf(parseContractInline(utf8(doc)));
    expect(err.causes).toEqual([
      { code: 'SPEC_RULE', message: 'GET /users/{id}: the path template parameter "{id}" is not declared (add a parameter "id" with in: path to the operation or its path item)', pointer: '/paths/~1users~1{id}/get', line: 5, column: 5 },
    ]);
  });
});

describe('ValidationPool', () => {
  it('finds the compiled worker next to a .js module and under dist/ for a .ts source', () => {
    expect(workerScriptUrl('file:///app/dist/src/contracts/domain/validation-pool.js').href).toBe(
      'file:///app/dist/src/contracts/domain/contract-validation.worker.js',
    );
    expect(workerScriptUrl(import.meta.url).pathname).toMatch(/\/dist\/src\/contracts\/domain\/contract-validation\.worker\.js$/);
  });

  it('rejects queued uploads instead of respawning a worker that cannot start', async () => {
    const sut = new ValidationPool({ size: 1, workerUrl: new URL('file:///nonexistent/worker.js') });
    const err = await rejectionOf(sut.run(utf8(oas30()), resolveParseLimits()));
    expect(err.code).toBe('INTERNAL');
    expect(err.message).toMatch(/^contract validation worker failed to start: /);
    await sut.close();
  });
});
