import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { REGISTRY_CONFIG } from '../config/config.module.js';
import type { RegistryConfig } from '../config/env.schema.js';
import { dataSourceOptions } from './data-source-options.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';

/** Owns the embedded PostgreSQL (when no DATABASE_URL is set) and stops it after TypeORM closed. */
@Injectable()
export class DatabaseUrlHolder implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  private embedded: EmbeddedPostgres | null = null;
  private urlPromise: Promise<string> | null = null;

  constructor(@Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig) {}

  url(): Promise<string> {
    this.urlPromise ??= this.resolveUrl();
    return this.urlPromise;
  }

  private async resolveUrl(): Promise<string> {
    if (this.config.DATABASE_URL) return this.config.DATABASE_URL;
    this.logger.log(`starting embedded PostgreSQL (PGlite) in ${this.config.REGISTRY_DATA_DIR}`);
    this.embedded = await startEmbeddedPostgres(this.config.REGISTRY_DATA_DIR);
    return this.embedded.url;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.embedded?.stop();
    this.embedded = null;
  }
}

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      extraProviders: [DatabaseUrlHolder],
      inject: [REGISTRY_CONFIG, DatabaseUrlHolder],
      useFactory: async (config: RegistryConfig, holder: DatabaseUrlHolder) => ({
        ...dataSourceOptions(await holder.url(), { embedded: config.embedded, poolSize: config.REGISTRY_DB_POOL_SIZE }),
        migrationsRun: true,
        // Start even while the database is still coming up; readiness stays red meanwhile.
        retryAttempts: config.embedded ? 0 : 10,
        retryDelay: 1000,
      }),
    }),
  ],
})
export class DatabaseModule {}
