import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { REGISTRY_CONFIG } from '../../config/config.module.js';
import type { RegistryConfig } from '../../config/env.schema.js';

const PROBE_TIMEOUT_MS = 1000;

/**
 * The readiness probe's own connection to PostgreSQL, outside the shared pool: a request flood that
 * holds every pooled connection must not turn the instance "not ready" (the balancer would then pull
 * every instance at once). Opened on first use, dropped and reopened after any failure.
 * Null for the embedded PGlite, which serves a single connection (the probe then uses the pool).
 */
@Injectable()
export class DatabaseProbe implements OnApplicationShutdown {
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;

  constructor(@Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig) {}

  get dedicated(): boolean {
    return !this.config.embedded && Boolean(this.config.DATABASE_URL);
  }

  /** Resolves when PostgreSQL answers `SELECT 1` within the timeout; rejects otherwise. */
  async ping(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`database did not answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
    });
    try {
      const client = await Promise.race([this.connect(), timeout]);
      await Promise.race([client.query('SELECT 1'), timeout]);
    } catch (err) {
      await this.drop();
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }

  private connect(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.config.DATABASE_URL, connectionTimeoutMillis: PROBE_TIMEOUT_MS, application_name: 'registry-readiness' });
      client.on('error', () => void this.drop());
      try {
        await client.connect();
        this.client = client;
        return client;
      } finally {
        this.connecting = null;
      }
    })();
    return this.connecting;
  }

  private async drop(): Promise<void> {
    const c = this.client;
    this.client = null;
    await c?.end().catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.drop();
  }
}
