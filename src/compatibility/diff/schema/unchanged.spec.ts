import { SchemaComparer } from './index.js';
import { UnchangedSchemas } from './unchanged.js';

describe('UnchangedSchemas', () => {
  it('tells identical subtrees apart from changed ones, whatever the key order', () => {
    const sut = new UnchangedSchemas();
    expect(sut.compare({ type: 'string', enum: ['a', 'b'] }, { enum: ['a', 'b'], type: 'string' })).toBe('same');
    expect(sut.compare({ type: 'string', enum: ['a', 'b'] }, { type: 'string', enum: ['b', 'a'] })).toBe('different');
    expect(sut.compare({ type: 'string' }, { type: 'string', nullable: true })).toBe('different');
    expect(sut.compare([1, { a: null }], [1, { a: null }])).toBe('same');
  });

  it('flags identical subtrees that hold a $ref, whose targets may still differ', () => {
    const node = () => ({ type: 'object', properties: { a: { $ref: '#/components/schemas/A' } } });
    expect(new UnchangedSchemas().compare(node(), node())).toBe('same-with-refs');
  });
});

describe('SchemaComparer on identical nodes', () => {
  it('still reports a change behind a $ref the identical parents share', () => {
    const doc = (t: string) => ({ components: { schemas: { A: { type: t } } } });
    const parent = () => ({ type: 'object', properties: { a: { $ref: '#/components/schemas/A' } } });
    const sut = new SchemaComparer(doc('string'), doc('integer'));
    const found = sut.compare(parent(), parent(), {
      direction: 'read', idPrefix: 'response', location: 'body', basePointer: '/s', revisionPointer: '/s',
    });
    expect(found.map((c) => c.id)).toEqual(['response-type-changed']);
  });

  it('still sees a change that allOf merges in from a $ref', () => {
    const doc = (required: string[]) => ({ components: { schemas: { A: { type: 'object', properties: { x: { type: 'string' } }, required } } } });
    const node = () => ({ allOf: [{ $ref: '#/components/schemas/A' }] });
    const sut = new SchemaComparer(doc([]), doc(['x']));
    const found = sut.compare(node(), node(), {
      direction: 'write', idPrefix: 'request', location: 'body', basePointer: '/s', revisionPointer: '/s',
    });
    expect(found.map((c) => c.id)).toContain('request-property-became-required');
  });
});
