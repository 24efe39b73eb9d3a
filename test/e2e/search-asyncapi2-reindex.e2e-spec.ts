// Issue 22: migration ReindexAsyncApi2Directions re-labels AsyncAPI 2.x operations indexed by an older
// release (SUBSCRIBE/PUBLISH) as SEND/RECEIVE, through the start-up backfill.
import type { QueryRunner } from 'typeorm';
import { ReindexAsyncApi2Directions1796001000000 } from '../../migrations/1796001000000-ReindexAsyncApi2Directions.js';
import { SearchService } from '../../src/search/search.service.js';
import { SEARCH_FIXTURES } from '../factories/search-fixtures.js';
import { bearer, gql, putDocument, sqlQuery, startTestApp, type TestApp } from '../support/test-app.js';

describe('migration ReindexAsyncApi2Directions', () => {
  let sut: TestApp;
  const labels = async () => (await sqlQuery<{ method: string; label: string }>(sut,
    `SELECT method, label FROM search_element WHERE kind = 'OPERATION' ORDER BY label`)).map((r) => `${r.method}|${r.label}`);
  const runner = (): QueryRunner => ({ query: (sql: string) => sqlQuery(sut, sql) }) as unknown as QueryRunner;

  beforeAll(async () => {
    sut = await startTestApp({ REGISTRY_SEARCH_CACHE_SECONDS: '0' });
    const c = SEARCH_FIXTURES.find((f) => f.input.slug === 'zahlungsverkehr')!;
    expect((await gql(sut, 'mutation($i: CreateComponentInput!) { createComponent(input: $i) { slug } }', { i: c.input }, bearer())).errors).toBeUndefined();
    const v = c.contracts[0].versions[0];
    const res = await putDocument(sut, `/api/v1/components/${c.input.slug}/contracts/${c.contracts[0].name}/versions/${v.version}`, v.document, 'application/yaml', bearer());
    expect(res.status).toBe(201);
  });
  afterAll(() => sut.close());

  it('drops the 2.x index rows so the backfill indexes them with SEND/RECEIVE, in both directions', async () => {
    expect(await labels()).toEqual(['SEND|SEND payments/received']);
    // as an older release indexed it
    await sqlQuery(sut, `UPDATE search_element SET method = 'SUBSCRIBE', label = 'SUBSCRIBE payments/received' WHERE kind = 'OPERATION'`);
    await new ReindexAsyncApi2Directions1796001000000().up(runner());
    expect(await labels()).toEqual([]);
    await sut.app.get(SearchService).onApplicationBootstrap();
    expect(await labels()).toEqual(['SEND|SEND payments/received']);
    await new ReindexAsyncApi2Directions1796001000000().down(runner());
    expect(await labels()).toEqual([]);
    await sut.app.get(SearchService).onApplicationBootstrap();
    const found = await gql<{ searchContracts: { edges: unknown[] } }>(sut, '{ searchContracts(query: "payment", filter: { operation: "SUBSCRIBE payments/*" }) { edges { cursor } } }');
    expect(found.data?.searchContracts.edges).toHaveLength(1);
  });
});
