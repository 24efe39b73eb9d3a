import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import type { RegistryConfig } from '../config/env.schema.js';
import { SearchCache } from './search-cache.js';

function setup(seconds = 10) {
  const subscribers: EntitySubscriberInterface[] = [];
  const cache = new SearchCache<string>({ REGISTRY_SEARCH_CACHE_SECONDS: seconds } as RegistryConfig, { subscribers } as unknown as DataSource);
  cache.onModuleInit();
  let calls = 0;
  const compute = (v = 'x') => async () => `${v}${++calls}`;
  const commit = (queryRunner: QueryRunner) => subscribers.forEach((s) => s.afterTransactionCommit?.({ queryRunner } as never));
  return { cache, compute, commit, calls: () => calls };
}

describe('SearchCache', () => {
  const realNow = Date.now;
  afterEach(() => { Date.now = realNow; });

  it('reuses a result within the TTL and recomputes after it', async () => {
    let now = 1_000_000;
    Date.now = () => now;
    const { cache, compute } = setup(10);
    expect(await cache.get('q', compute())).toBe('x1');
    expect(await cache.get('q', compute())).toBe('x1');
    now += 10_001;
    expect(await cache.get('q', compute())).toBe('x2');
  });

  it('computes every time when switched off', async () => {
    const { cache, compute } = setup(0);
    expect(await cache.get('q', compute())).toBe('x1');
    expect(await cache.get('q', compute())).toBe('x2');
  });

  it('shares one computation between identical concurrent requests', async () => {
    const { cache, compute, calls } = setup();
    const [a, b] = await Promise.all([cache.get('q', compute()), cache.get('q', compute())]);
    expect([a, b, calls()]).toEqual(['x1', 'x1', 1]);
  });

  it('is emptied by a write and again when the write transaction commits', async () => {
    const { cache, compute, commit } = setup();
    await cache.get('q', compute());
    const queryRunner = { isTransactionActive: true } as QueryRunner;
    cache.invalidate({ queryRunner } as EntityManager);
    // A search reading the database while the write is still open …
    expect(await cache.get('q', compute())).toBe('x2');
    expect(await cache.get('q', compute())).toBe('x2');
    // … is not served after the commit.
    commit(queryRunner);
    expect(await cache.get('q', compute())).toBe('x3');
    // Other transactions' commits leave the cache alone.
    commit({ isTransactionActive: true } as QueryRunner);
    expect(await cache.get('q', compute())).toBe('x3');
  });

  it('does not store a result computed while the index changed', async () => {
    const { cache, compute } = setup();
    let release!: () => void;
    const slow = cache.get('q', () => new Promise<string>((res) => { release = () => res('old'); }));
    cache.invalidate();
    release();
    expect(await slow).toBe('old');
    expect(await cache.get('q', compute())).toBe('x1');
  });
});
