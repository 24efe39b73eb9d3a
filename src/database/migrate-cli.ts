import { DataSource } from 'typeorm';
import { loadConfig } from '../config/env.schema.js';
import { dataSourceOptions } from './data-source-options.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

/** `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded data dir) and exits. */
async function main(): Promise<void> {
  const config = loadConfig();
  const embedded = config.embedded ? await startEmbeddedPostgres(config.REGISTRY_DATA_DIR) : null;
  const url = embedded?.url ?? config.DATABASE_URL!;
  const ds = new DataSource(dataSourceOptions(url, { embedded: config.embedded, poolSize: 1 }));
  try {
    await ds.initialize();
    const applied = await ds.runMigrations({ transaction: 'each' });
    process.stdout.write(applied.length ? `applied ${applied.map((m) => m.name).join(', ')}\n` : 'database is up to date\n');
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await embedded?.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`migrate failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
