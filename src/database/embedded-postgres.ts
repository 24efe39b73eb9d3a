import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Zero-setup PostgreSQL: PGlite behind a loopback socket so the ordinary `pg` driver (and TypeORM)
 * talk to it exactly as to a server. One connection only: PGlite is single-threaded and a second
 * pooled connection inside a transaction would deadlock (see docs/adr/0002-embedded-postgres.md).
 */
export async function startEmbeddedPostgres(dataDir: string, holder = 'the registry server'): Promise<EmbeddedPostgres> {
  const target = dataDir === 'memory://' ? 'memory://' : join(resolve(dataDir), 'pglite');
  // A directory on disk is opened by one process at a time (see data-dir-lock.ts): refuse early.
  const lock: DataDirLock | null = target === 'memory://' ? null : await lockDataDir(dataDir, holder);
  try {
    if (target !== 'memory://') mkdirSync(target, { recursive: true });
    const db = await PGlite.create({ dataDir: target, extensions: { pg_trgm, pgcrypto } });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
    await server.start();
    const url = `postgres://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
    return {
      url,
      stop: async () => {
        try {
          await server.stop();
          await db.close();
        } finally {
          await lock?.release();
        }
      },
    };
  } catch (err) {
    await lock?.release();
    throw err;
  }
}
