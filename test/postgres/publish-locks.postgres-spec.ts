// Issue 11, finding 1 across instances: a big publish on one instance must not hold the lock every instance
// shares (the audit head) while it indexes, so a small publish of another component on the *other* instance
// is not kept waiting (it was: 11.6 s).
import { setTimeout as sleep } from 'node:timers/promises';
import { COMPONENT_INPUT, makeOpenApi } from '../factories/documents.js';
import { PATHOLOGICAL_SHAPES } from '../factories/pathological.js';
import { createDatabase, startAppProcess, stopAppProcess, type AppProcess } from '../support/app-process.js';
import { TEST_ADMIN_TOKEN } from '../support/test-app.js';

const SERVER = process.env.DATABASE_URL ?? '';
const AUTH = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
const LIMIT = { REGISTRY_MAX_DOCUMENT_BYTES: String(10 * 1024 * 1024) };

async function createComponent(app: AppProcess, slug: string): Promise<void> {
  const res = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($i: CreateComponentInput!) { createComponent(input: $i) { slug } }', variables: { i: { ...COMPONENT_INPUT, slug, name: slug } } }),
  });
  expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
}

function put(app: AppProcess, component: string, contract: string, body: string | Buffer): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return fetch(`${app.baseUrl}/api/v1/components/${component}/contracts/${contract}/versions/1.0.0`, {
    method: 'PUT', headers: { ...AUTH, 'content-type': 'application/yaml' }, body,
  }).then(async (r) => {
    await r.arrayBuffer();
    return { status: r.status, ms: performance.now() - started };
  });
}

describe('two app processes on one PostgreSQL: shared locks during a big publish (issue 11: finding 1)', () => {
  let db: { url: string; drop(): Promise<void> };
  let a: AppProcess | undefined;
  let b: AppProcess | undefined;

  beforeAll(async () => {
    db = await createDatabase(SERVER, 'registry_locks');
    a = await startAppProcess(db.url, LIMIT);
    b = await startAppProcess(db.url, LIMIT);
    await createComponent(a, 'antragsservice');
    await createComponent(a, 'zweiter-dienst');
    // warm both instances' workers (start-up is not what the bound measures)
    expect((await Promise.all([put(a, 'antragsservice', 'warm-a', makeOpenApi()), put(b, 'zweiter-dienst', 'warm-b', makeOpenApi())])).map((r) => r.status)).toEqual([201, 201]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([stopAppProcess(a), stopAppProcess(b)]);
    await db?.drop();
  });

  it.each(['capital-run', 'many-paths'])('finding 1: a small publish on the other instance completes within 2 s while a %s document is published', async (id) => {
    const doc = Buffer.from(PATHOLOGICAL_SHAPES.find((s) => s.id === id)!.make(8));
    const big = put(a!, 'antragsservice', id, doc);
    await sleep(300);
    const small = await put(b!, 'zweiter-dienst', `small-${id}`, makeOpenApi());
    expect(small.status).toBe(201);
    expect(small.ms).toBeLessThan(2_000);
    expect((await big).status).toBe(201);
  }, 60_000);
});
