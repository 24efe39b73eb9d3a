import { scoreOf } from './lint-types.js';
import { resolvedDstack } from './dstack-profile.js';
import type { ResolvedProfile } from './profile-definition.js';
import { lintDocument } from './run-lint.js';

const DOC = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths:
  /a:
    get:
      operationId: getA
      deprecated: true
      parameters:
        - $ref: '#/components/parameters/Q'
      responses:
        '200':
          description: ok
        '400':
          description: bad
          content:
            application/json:
              schema: { type: object }
components:
  parameters:
    Q:
      name: q
      in: query
      schema: { type: string }
`;

const only = (ids: string[]): ResolvedProfile => {
  const d = resolvedDstack();
  return { ...d, rules: Object.fromEntries(Object.entries(d.rules).filter(([id]) => ids.includes(id))), extends: [] };
};

describe('lintDocument', () => {
  it('finds a deprecated operation without x-sunset', async () => {
    const sut = await lintDocument(DOC, 'yaml', only(['dstack-deprecated-sunset']));
    expect(sut.findings.map((f) => [f.rule, f.pointer, f.line])).toEqual([['dstack-deprecated-sunset', '/paths/~1a/get', 7]]);
  });

  it('finds an inline error response without problem+json', async () => {
    const sut = await lintDocument(DOC, 'yaml', only(['dstack-error-problem-json']));
    expect(sut.findings.map((f) => [f.rule, f.pointer, f.line])).toEqual([['dstack-error-problem-json', '/paths/~1a/get/responses/400/content', 17]]);
  });

  it('follows local $refs: a referenced parameter without description is reported where it is defined', async () => {
    const sut = await lintDocument(DOC, 'yaml', only(['dstack-parameter-description']));
    expect(sut.findings.map((f) => [f.rule, f.pointer])).toEqual([['dstack-parameter-description', '/components/parameters/Q']]);
  });

  it('positions findings from the pre-parsed document like Spectral does from the text', async () => {
    const { parse } = await import('yaml');
    const sut = await lintDocument(DOC, 'yaml', only(['dstack-deprecated-sunset']), parse(DOC));
    expect(sut.findings.map((f) => [f.pointer, f.line])).toEqual([['/paths/~1a/get', 7]]);
  });

  it('scores the weighted share of applicable rules met', async () => {
    const sut = await lintDocument(DOC, 'yaml', only(['dstack-deprecated-sunset', 'dstack-operation-id', 'dstack-asyncapi-message-name']));
    // applicable: deprecated-sunset (warn 3, failed) and operation-id (error 10, met); the AsyncAPI rule does not apply
    expect([sut.rulesApplied, sut.rulesPassed, sut.score]).toEqual([2, 1, Math.round(100 * (1 - 3 / 13))]);
  });

  it('scores 100 when no rule applies and ignores hints', () => {
    expect(scoreOf([], new Set())).toBe(100);
    expect(scoreOf([{ rule: 'h', severity: 'hint' }, { rule: 'e', severity: 'error' }], new Set(['h']))).toBe(100);
  });
});
