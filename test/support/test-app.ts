import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import { createApp } from '../../src/app.js';
import { loadConfig, type RegistryConfig } from '../../src/config/env.schema.js';

/** Seeded as REGISTRY_ADMIN_TOKEN in every test app (override with `env`). */
export const TEST_ADMIN_TOKEN = 'dsr_test-admin-0123456789abcdefghijklmnopqrstuv';

/** `Authorization` header for a token (the admin token by default). */
export function bearer(token: string = TEST_ADMIN_TOKEN): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

export interface TestApp {
  app: NestExpressApplication;
  /** The seeded ADMIN token's secret. */
  adminToken: string;
  baseUrl: string;
  config: RegistryConfig;
  /** URL of this test file's own database (a fresh PostgreSQL database, or the in-memory PGlite). */
  databaseUrl: string | null;
  close(): Promise<void>;
}

/**
 * Starts the real application over real HTTP on a free port. With DATABASE_URL set (CI), every test
 * file gets its own fresh database on that server, migrated by the app itself; without it, an
 * in-memory PGlite. Nothing is mocked.
 */
export async function startTestApp(env: Record<string, string> = {}, opts: { embedded?: boolean } = {}): Promise<TestApp> {
  const server = opts.embedded ? undefined : process.env.DATABASE_URL;
  const dbName = server ? `registry_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}` : null;
  let databaseUrl: string | null = null;
  if (server && dbName) {
    await adminQuery(server, `CREATE DATABASE ${dbName}`);
    const u = new URL(server);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  }
  const { DATABASE_URL: _ignored, ...processEnv } = process.env;
  void _ignored;
  const config = loadConfig({
    ...processEnv,
    REGISTRY_DATA_DIR: 'memory://',
    REGISTRY_SEED_EXAMPLES: 'false',
    LOG_LEVEL: 'error',
    REGISTRY_ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...env,
  });
  const app = await createApp(config);
  app.useLogger(['error']);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    config,
    adminToken: config.REGISTRY_ADMIN_TOKEN ?? TEST_ADMIN_TOKEN,
    databaseUrl,
    baseUrl: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await app.close();
      if (server && dbName) await adminQuery(server, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Runs one SQL query against the test file's database (for assertions on what was stored). */
export async function sqlQuery<T = Record<string, unknown>>(t: TestApp, sql: string, params: unknown[] = []): Promise<T[]> {
  const { DataSource } = await import('typeorm');
  const ds = t.app.get(DataSource);
  return ds.query(sql, params);
}

export interface GqlResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; causes?: { message: string; pointer?: string }[]; [k: string]: unknown } }[];
}

export async function gql<T = Record<string, unknown>>(
  t: TestApp, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  const res = await fetch(`${t.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResponse<T>;
}

export function putDocument(t: TestApp, path: string, body: string | Uint8Array, contentType = 'application/yaml', headers: Record<string, string> = {}) {
  return fetch(`${t.baseUrl}${path}`, { method: 'PUT', headers: { 'content-type': contentType, ...headers }, body });
}
