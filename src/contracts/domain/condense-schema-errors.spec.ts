import { DomainError } from '../../common/errors/domain-error.js';
import { parseContractInline } from './parse-contract-inline.js';

async function causesOf(text: string): Promise<string[]> {
  try {
    await parseContractInline(Buffer.from(text));
  } catch (err) {
    if (err instanceof DomainError) return err.causes.map((c) => `${c.pointer} ${c.line}:${c.column} ${c.message}`);
    throw err;
  }
  return [];
}

describe('condensed schema errors', () => {
  it('reports one message per problem instead of one per oneOf alternative', async () => {
    const doc = 'openapi: 3.0.3\ninfo:\n  title: Hundesteuer\npaths:\n  /bescheide:\n    get:\n      parameters:\n        - {name: jahr, in: body}\n      responses: {}\n';
    expect(await causesOf(doc)).toEqual([
      '/info 2:1 Missing required property "version"',
      '/paths/~1bescheide/get/parameters/0 8:11 Missing required property "schema" or "content"',
      '/paths/~1bescheide/get/parameters/0/in 8:24 must be one of "path", "query", "header", "cookie"',
      '/paths/~1bescheide/get/responses 9:7 must NOT have fewer than 1 properties',
    ]);
  });

  it('keeps "missing $ref" when nothing else is wrong there', async () => {
    const doc = 'openapi: 3.0.3\ninfo: {title: x, version: "1"}\npaths:\n  /b:\n    get:\n      parameters:\n        - {}\n      responses: {"200": {description: ok}}\n';
    const causes = await causesOf(doc);
    expect(causes.some((c) => c.includes('"name"'))).toBe(true);
    expect(causes.some((c) => c.includes('"$ref"'))).toBe(false);
  });
});
