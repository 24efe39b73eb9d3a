import { UsageError } from './commands/command.js';

// Operator commands (token create, audit verify) talk to the database directly: DATABASE_URL, or
// the embedded PGlite in REGISTRY_DATA_DIR. PGlite is single-process: while a server holds the data
// directory the command refuses (DataDirInUseError, exit 1) instead of writing to a copy that is
// lost; use the GraphQL API (createApiToken, verifyAuditChain) with an admin token meanwhile.

export interface DbTarget {
  databaseUrl?: string;
  dataDir?: string;
  /** Named in the lock, so a server refusing to start says which command holds the directory. */
  command?: string;
}

export interface OfflineRegistry {
  ds: import('typeorm').DataSource;
  close(): Promise<void>;
}

export async function openRegistryDatabase(target: DbTarget): Promise<OfflineRegistry> {
  const url = target.databaseUrl ?? process.env.DATABASE_URL;
  const dataDir = target.dataDir ?? process.env.REGISTRY_DATA_DIR ?? './data';
  if (!url && dataDir === 'memory://') throw new UsageError('an in-memory registry cannot be reached from the CLI; set DATABASE_URL or --data-dir');
  const [{ DataSource }, { dataSourceOptions }] = await Promise.all([
    import('typeorm'),
    import('../database/data-source-options.js'),
  ]);
  let stopEmbedded: (() => Promise<void>) | null = null;
  let connectUrl = url;
  if (!connectUrl) {
    const { startEmbeddedPostgres } = await import('../database/embedded-postgres.js');
    const embedded = await startEmbeddedPostgres(dataDir, `contract-registry ${target.command ?? 'CLI'}`);
    connectUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const ds = new DataSource({ ...dataSourceOptions(connectUrl, { embedded: !url, poolSize: 2 }), logging: false });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  return {
    ds,
    close: async () => {
      await ds.destroy();
      await stopEmbedded?.();
    },
  };
}

/** The services the operator commands use, wired by hand (no Nest application context). */
export async function registryServices(ds: import('typeorm').DataSource) {
  const [{ AuditRepository }, { AuditService }, { AuthRepository }, { ApiTokensService }, { RolesService }, { ComponentsRepository }] = await Promise.all([
    import('../audit/audit.repository.js'),
    import('../audit/audit.service.js'),
    import('../auth/auth.repository.js'),
    import('../auth/api-tokens.service.js'),
    import('../auth/roles.service.js'),
    import('../components/components.repository.js'),
  ]);
  const { ENV_SCHEMA } = await import('../config/env.schema.js');
  const lifetime = { REGISTRY_TOKEN_MAX_DAYS: ENV_SCHEMA.shape.REGISTRY_TOKEN_MAX_DAYS.parse(process.env.REGISTRY_TOKEN_MAX_DAYS) };
  const audit = new AuditService(new AuditRepository(ds));
  const authRepo = new AuthRepository(ds);
  return {
    audit,
    tokens: new ApiTokensService(authRepo, audit, lifetime),
    roles: new RolesService(authRepo, new ComponentsRepository(ds), audit),
  };
}
