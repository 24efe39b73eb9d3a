// Issue #11, finding 2: the TokenIdentityAndLifetime migration gives tokens that already exist sensible
// values (a creator id of NULL, an expiry at most 365 days out) and can be reverted.
import pg from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { TokenIdentityAndLifetime1796000200000 } from '../../migrations/1796000200000-TokenIdentityAndLifetime.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/database/embedded-postgres.js';

const DAY = 86_400_000;

async function admin(url: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

describe('migration TokenIdentityAndLifetime', () => {
  const server = process.env.DATABASE_URL;
  const dbName = `registry_mig_${process.pid}_${Date.now().toString(36)}`;
  let embedded: EmbeddedPostgres | null = null;
  let ds: DataSource;
  const index = MIGRATIONS.indexOf(TokenIdentityAndLifetime1796000200000);

  beforeAll(async () => {
    let url: string;
    if (server) {
      await admin(server, `CREATE DATABASE ${dbName}`);
      const u = new URL(server);
      u.pathname = `/${dbName}`;
      url = u.toString();
    } else {
      embedded = await startEmbeddedPostgres('memory://');
      url = embedded.url;
    }
    // Everything before this migration, as an installation that is about to upgrade.
    ds = new DataSource({ type: 'postgres', url, migrations: MIGRATIONS.slice(0, index), migrationsTableName: 'typeorm_migrations', installExtensions: false, extra: { max: 1 } });
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
  });
  afterAll(async () => {
    await ds?.destroy();
    await embedded?.stop();
    if (server) await admin(server, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  });

  it('sets a 365-day expiry on open-ended and far-future tokens, keeps nearer ones, and reverts', async () => {
    const insert = (name: string, expires: string) => ds.query(
      `INSERT INTO api_token (name, owner, token_hash, token_prefix, role, expires_at, created_by)
       VALUES ($1, 'admin', md5($1) || md5($1), 'dsr_x', 'ADMIN', ${expires}, 'admin')`, [name]);
    await insert('open', 'NULL');
    await insert('far', `now() + interval '10 years'`);
    await insert('near', `now() + interval '3 days'`);
    expect(index).toBeGreaterThan(0);
    // One connection throughout (PGlite serves one): the migration runs on a query runner of it.
    const runner = ds.createQueryRunner();
    const migration = new TokenIdentityAndLifetime1796000200000();
    await migration.up(runner);
    const rows: { name: string; expires_at: Date; created_by_token_id: string | null }[] = await runner.query(
      'SELECT name, expires_at, created_by_token_id FROM api_token ORDER BY name');
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
    for (const name of ['open', 'far']) expect(Math.abs(byName[name].expires_at.getTime() - (Date.now() + 365 * DAY))).toBeLessThan(5 * 60_000);
    expect(Math.abs(byName.near.expires_at.getTime() - (Date.now() + 3 * DAY))).toBeLessThan(5 * 60_000);
    expect(rows.every((r) => r.created_by_token_id === null)).toBe(true);
    await migration.down(runner);
    const cols: unknown[] = await runner.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'api_token' AND column_name = 'created_by_token_id'`);
    await runner.release();
    expect(cols).toHaveLength(0);
  });
});
