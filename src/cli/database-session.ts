import { DataSource } from 'typeorm';
import { loadConfig } from '../config/env.schema.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';

/**
 * Runs CLI work against the registry database (DATABASE_URL, or the embedded PGlite in
 * REGISTRY_DATA_DIR), migrated to the current schema. Stops the embedded server afterwards.
 */
export async function withDatabase<T>(work: (ds: DataSource) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const embedded = config.embedded ? await startEmbeddedPostgres(config.REGISTRY_DATA_DIR) : null;
  const ds = new DataSource(dataSourceOptions(embedded?.url ?? config.DATABASE_URL!, { embedded: config.embedded, poolSize: 2 }));
  try {
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    return await work(ds);
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await embedded?.stop();
  }
}
