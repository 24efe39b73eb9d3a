import { DomainError } from '../../common/errors/domain-error.js';
import { parseContractInline } from './parse-contract-inline.js';

// Each spec rule through the real pipeline: code, pointer, line and column of every cause.
type Cause = [string | undefined, string | undefined, number | undefined, number | undefined];

async function causesOf(lines: string[]): Promise<Cause[]> {
  try {
    await parseContractInline(Buffer.from(`${lines.join('\n')}\n`));
  } catch (err) {
    if (err instanceof DomainError) return err.causes.map((c) => [c.code, c.pointer, c.line, c.column]);
    throw err;
  }
  return [];
}

const oas30 = (...rest: string[]) => ['openapi: 3.0.3', 'info: {title: T, version: "1"}', ...rest];
const ok = '      responses: {"200": {description: ok}}';

describe('OpenAPI spec rules', () => {
  it('reports a duplicate operationId at the second use', async () => {
    expect(await causesOf(oas30('paths:', '  /a:', '    get:', '      operationId: x', ok, '  /b:', '    get:', '      operationId: x', ok)))
      .toEqual([['SPEC_RULE', '/paths/~1b/get/operationId', 10, 7]]);
  });

  it('reports an undeclared template parameter and a declared one missing from the template', async () => {
    expect(await causesOf(oas30('paths:', '  /antraege/{antragId}:', '    get:', '      parameters:',
      '        - {name: id, in: path, required: true, schema: {type: string}}', ok))).toEqual([
      ['SPEC_RULE', '/paths/~1antraege~1{antragId}/get', 5, 5],
      ['SPEC_RULE', '/paths/~1antraege~1{antragId}/get/parameters/0', 7, 11],
    ]);
  });

  it('merges path-level and operation-level parameters, following $refs', async () => {
    expect(await causesOf(oas30('paths:', '  /a/{id}:', '    parameters:', '      - $ref: "#/components/parameters/Id"', '    get:', ok,
      'components:', '  parameters:', '    Id: {name: id, in: path, required: true, schema: {type: string}}'))).toEqual([]);
  });

  it('says once that a path parameter must be required, without the schema\'s oneOf noise', async () => {
    expect(await causesOf(oas30('paths:', '  /a/{id}:', '    get:', '      parameters:',
      '        - {name: id, in: path, required: false, schema: {type: string}}', ok)))
      .toEqual([['SPEC_RULE', '/paths/~1a~1{id}/get/parameters/0/required', 7, 32]]);
  });

  it('reports duplicate parameters (name + in; header names ignore case), also through a $ref', async () => {
    expect(await causesOf(oas30('paths:', '  /a:', '    get:', '      parameters:',
      '        - {name: X-Trace, in: header, schema: {type: string}}',
      '        - $ref: "#/components/parameters/Trace"', ok,
      'components:', '  parameters:', '    Trace: {name: x-trace, in: header, schema: {type: string}}')))
      .toEqual([['SPEC_RULE', '/paths/~1a/get/parameters/1', 8, 11]]);
  });

  it('reports paths that differ only in parameter names', async () => {
    const param = (n: string) => `      parameters: [{name: ${n}, in: path, required: true, schema: {type: string}}]`;
    expect(await causesOf(oas30('paths:', '  /a/{id}:', '    get:', param('id'), ok, '  /a/{name}:', '    get:', param('name'), ok)))
      .toEqual([['SPEC_RULE', '/paths/~1a~1{name}', 8, 3]]);
  });

  it('reports security requirements naming undefined schemes, at root and per operation', async () => {
    expect(await causesOf(oas30('security: [{oauth: []}]', 'paths:', '  /a:', '    get:', '      security: [{apiKey: []}, {bearer: []}]', ok,
      'components:', '  securitySchemes:', '    bearer: {type: http, scheme: bearer}'))).toEqual([
      ['SPEC_RULE', '/security/0/oauth', 3, 13],
      ['SPEC_RULE', '/paths/~1a/get/security/0/apiKey', 7, 19],
    ]);
  });

  it('reports a server variable default outside its enum', async () => {
    expect(await causesOf(oas30('servers:', '  - url: https://{env}.example.org', '    variables:', '      env: {default: prod, enum: [test, stage]}', 'paths: {}')))
      .toEqual([['SPEC_RULE', '/servers/0/variables/env/default', 6, 13]]);
  });

  it('reports every problem together with the schema errors', async () => {
    const causes = await causesOf(oas30('paths:', '  /a/{id}:', '    get:', '      operationId: x', '      responses: {}', '      bogus: 1', '  /b:', '    get:', '      operationId: x', ok));
    expect(causes.map((c) => [c[0], c[1]])).toEqual([
      ['SPEC_RULE', '/paths/~1a~1{id}/get'], ['SCHEMA', '/paths/~1a~1{id}/get/responses'], ['SCHEMA', '/paths/~1a~1{id}/get/bogus'], ['SPEC_RULE', '/paths/~1b/get/operationId'],
    ]);
  });
});

describe('Swagger 2.0 spec rules', () => {
  const sw = (...rest: string[]) => ['swagger: "2.0"', 'info: {title: T, version: "1"}', ...rest];

  it('reports every spec-rule problem at once, next to schema errors', async () => {
    const causes = await causesOf(sw('paths:', '  /a/{id}:', '    get:', '      operationId: x', '      responses: {"200": {description: ok}}',
      '  /b:', '    post:', '      operationId: x', '      parameters:', '        - {name: a, in: body, schema: {type: object}}',
      '        - {name: b, in: body, schema: {type: object}}', '      responses: {"200": {description: ok}}', '      bogus: 1'));
    expect(causes).toEqual([
      ['SPEC_RULE', '/paths/~1a~1{id}/get', 5, 5],
      ['SPEC_RULE', '/paths/~1b/post', 9, 5],
      ['SPEC_RULE', '/paths/~1b/post/operationId', 10, 7],
      ['SCHEMA', '/paths/~1b/post/bogus', 15, 7],
    ]);
  });

  it('checks required properties, file parameters and array items', async () => {
    const causes = await causesOf(sw('consumes: [application/json]', 'paths:', '  /a:', '    post:', '      parameters:',
      '        - {name: f, in: formData, type: file}', '        - {name: l, in: query, type: array}',
      '      responses: {"200": {description: ok, schema: {type: array}}}',
      'definitions:', '  Pet: {type: object, required: [name], properties: {id: {type: string}}}'));
    expect(causes).toEqual([
      ['SPEC_RULE', '/paths/~1a/post/parameters/0', 8, 11],
      ['SPEC_RULE', '/paths/~1a/post/parameters/1', 9, 11],
      ['SPEC_RULE', '/paths/~1a/post/responses/200/schema', 10, 44],
      ['SPEC_RULE', '/definitions/Pet', 12, 3],
    ]);
  });
});

describe('OpenAPI 3.2', () => {
  const oas32 = (...rest: string[]) => ['openapi: 3.2.0', 'info: {title: T, version: "1"}', ...rest];

  it('accepts the QUERY method, additionalOperations and the tag hierarchy', async () => {
    expect(await causesOf(oas32('tags: [{name: antraege}, {name: eingang, parent: antraege, kind: nav}]', 'paths:', '  /suche:', '    query:', '      operationId: suche', ok,
      '    additionalOperations:', '      COPY:', '        operationId: kopie', '        responses: {"200": {description: ok}}'))).toEqual([]);
  });

  it('applies the spec rules to QUERY and additional operations too', async () => {
    expect(await causesOf(oas32('paths:', '  /suche:', '    query:', '      operationId: suche', ok,
      '    additionalOperations:', '      COPY:', '        operationId: suche', '        responses: {"200": {description: ok}}')))
      .toEqual([['SPEC_RULE', '/paths/~1suche/additionalOperations/COPY/operationId', 10, 9]]);
  });
});
