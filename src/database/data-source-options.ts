import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { REGISTRY_ENTITIES } from './entities.js';

/**
 * TypeORM options shared by the app and the `migrate` command. `synchronize` is never on: the schema
 * comes from the reviewed files in migrations/ only.
 */
export function dataSourceOptions(url: string, opts: { embedded: boolean; poolSize: number }): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: REGISTRY_ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    installExtensions: false,
    logging: ['error'],
    extra: {
      // PGlite serves one connection (see embedded-postgres.ts); a server gets a real pool.
      max: opts.embedded ? 1 : opts.poolSize,
      connectionTimeoutMillis: opts.embedded ? 30_000 : 2_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: opts.embedded ? 0 : 15_000,
      idle_in_transaction_session_timeout: opts.embedded ? 0 : 15_000,
    },
  };
}
