// Rules added to close gaps found against oasdiff's pairs: exact ids and rendered messages.
import { join } from 'node:path';
import { loadDocument } from '../../../cli/load-document.js';
import { PROJECT_ROOT } from '../../../../test/support/shared-corpus.js';
import { diffOpenApi } from '../../engine/diff-openapi.js';
import type { JsonObject } from '../../diff/schema/types.js';

const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'compat', 'openapi');
const NOW = new Date('2026-11-30T00:00:00Z');

function changes(dir: string): Array<[string, string]> {
  const load = (f: string) => loadDocument(join(FIXTURES, dir, f)) as JsonObject;
  return diffOpenApi(load('base.yaml'), load('revision.yaml'), { now: NOW }).changes.map((c) => [c.id, c.message]);
}

const doc = (op: JsonObject, schema: JsonObject = { type: 'string' }): JsonObject => ({
  openapi: '3.0.3', info: { title: 't', version: '1' },
  paths: { '/a': { post: { ...op, requestBody: { content: { 'application/json': { schema } } }, responses: { 200: { description: 'ok' } } } } },
});

describe('parameter and property deprecation/stability rules', () => {
  it('reports an unreadable parameter sunset', () => {
    expect(changes('request-parameter-sunset-invalid')).toEqual([
      ['request-parameter-sunset-invalid', "sunset 'bald' of query parameter 'q' is not a date"]]);
  });

  it('reports a parameter sunset moved earlier', () => {
    expect(changes('request-parameter-sunset-moved-earlier')).toEqual([
      ['request-parameter-sunset-moved-earlier', "sunset of query parameter 'q' moved from 2099-01-01 to 2098-01-01"]]);
  });

  it('reports a deprecated parameter removed before its sunset, besides the removal itself', () => {
    expect(changes('request-parameter-removed-before-sunset')).toEqual([
      ['request-parameter-removed-before-sunset', "query parameter 'q' was removed before its sunset date 2099-01-01"],
      ['request-parameter-removed', "query parameter 'q' was removed"]]);
  });

  it('reports property sunsets and stability levels', () => {
    expect(changes('request-property-sunset-invalid')).toEqual([
      ['request-property-sunset-invalid', "request body 'AntragInput': sunset 'bald' of property 'intern' is not a date"]]);
    expect(changes('response-property-stability-decreased')).toEqual([
      ['response-property-stability-decreased', "response body 'AntragView': stability of property 'geheim' decreased from stable to beta"]]);
    expect(changes('request-property-stability-invalid')).toEqual([['request-property-stability-invalid',
      "request body 'AntragInput': x-stability-level 'solid' of property 'intern' is not one of draft, alpha, beta, stable"]]);
  });

  it('rejects a stability level that is not a string (YAML number)', () => {
    const found = diffOpenApi(doc({}), doc({ 'x-stability-level': 1 }), { now: NOW }).changes.map((c) => c.id);
    expect(found).toEqual(['stability-level-invalid']);
  });

  it('treats an empty pattern as none, so replacing it is an addition', () => {
    const found = diffOpenApi(doc({}, { type: 'string', pattern: '' }), doc({}, { type: 'string', pattern: '^\\w+$' }), { now: NOW });
    expect(found.changes.map((c) => [c.id, c.message])).toEqual([['request-pattern-added', "request body: pattern '^\\w+$' was added"]]);
  });

  it('reports a request object wrapped in a oneOf whose variants overlap', () => {
    expect(changes('request-wrapped-in-one-of').filter(([id]) => id === 'request-wrapped-in-one-of')).toEqual([['request-wrapped-in-one-of',
      "request body 'AntragInput': schema was wrapped in a oneOf where 2 variants take the same former payload, which oneOf rejects"]]);
  });
});
