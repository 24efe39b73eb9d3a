import { SchemaComparer, schemaRuleIds, SCHEMA_RULES } from './index.js';
import type { SchemaSite } from './index.js';

const site = (direction: 'write' | 'read', operation = 'POST /a'): SchemaSite => ({
  direction, idPrefix: direction === 'write' ? 'request' : 'response', location: 'body', operation,
  basePointer: '/s', revisionPointer: '/s',
});

const obj = (props: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties: props, required });

describe('SchemaComparer', () => {
  it('treats a removed required property as breaking only for readers', () => {
    const base = obj({ a: { type: 'string' } }, ['a']);
    const revision = obj({});
    expect(new SchemaComparer({}, {}).compare(base, revision, site('read')).map((c) => [c.id, c.level]))
      .toEqual([['response-required-property-removed', 'breaking']]);
    expect(new SchemaComparer({}, {}).compare(base, revision, site('write')).map((c) => [c.id, c.level]))
      .toEqual([['request-property-removed', 'warning']]);
  });

  it('reports a change in a shared schema once, with the further operations', () => {
    const doc = (t: string) => ({ components: { schemas: { S: obj({ a: { type: t } }) } } });
    const sut = new SchemaComparer(doc('string'), doc('integer'));
    const ref = { $ref: '#/components/schemas/S' };
    sut.compare(ref, ref, site('read', 'GET /a'));
    sut.compare(ref, ref, site('read', 'GET /b'));
    expect(sut.changes()).toEqual([{
      id: 'response-type-changed', level: 'breaking', pointer: '/components/schemas/S/properties/a',
      operation: 'GET /a', affectedOperations: ['GET /b'], message: "body 'S.a': type changed from string to integer",
    }]);
  });

  it('sees no change when a schema moves into components', () => {
    const inline = obj({ a: { type: 'string', maxLength: 3 } }, ['a']);
    const revision = { components: { schemas: { S: inline } } };
    expect(new SchemaComparer({}, revision).compare(inline, { $ref: '#/components/schemas/S' }, site('write'))).toEqual([]);
  });

  it('terminates on circular schemas', () => {
    const doc = (t: string) => ({ components: { schemas: { N: obj({ v: { type: t }, next: { $ref: '#/components/schemas/N' } }) } } });
    const ref = { $ref: '#/components/schemas/N' };
    expect(new SchemaComparer(doc('string'), doc('number')).compare(ref, ref, site('write')).map((c) => c.id))
      .toEqual(['request-type-changed']);
  });

  it('treats 3.0 nullable and 3.1 type arrays alike', () => {
    expect(new SchemaComparer({}, {}).compare({ type: 'string', nullable: true }, { type: ['string', 'null'] }, site('read'))).toEqual([]);
  });

  it('has unique rule suffixes (pinned count)', () => {
    const ids = schemaRuleIds('x');
    expect(new Set(ids).size).toBe(ids.length);
    expect(SCHEMA_RULES).toHaveLength(39);
  });
});
