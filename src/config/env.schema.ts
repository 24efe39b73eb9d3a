import { z } from 'zod';

const bool = (def: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .optional()
    .transform((v) => (v === undefined ? def : ['true', '1', 'yes'].includes(v)));

// Every environment variable the registry reads, validated once at boot. Keep .env.example in sync.
export const ENV_SCHEMA = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  REGISTRY_DATA_DIR: z.string().default('./data'),
  REGISTRY_MAX_DOCUMENT_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  REGISTRY_VALIDATION_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  REGISTRY_SEED_EXAMPLES: bool(true),
  REGISTRY_ANONYMOUS_READ: bool(true),
  // Seeds an ADMIN token with exactly this secret on start (if absent); unset → the first start creates
  // one and prints it once (and writes <REGISTRY_DATA_DIR>/admin-token, mode 0600, for the embedded DB).
  REGISTRY_ADMIN_TOKEN: z.string().min(32).optional(),
  // Rate limits per minute (in-process counters: per instance).
  REGISTRY_RATE_LIMIT_WRITES: z.coerce.number().int().positive().default(60),
  REGISTRY_RATE_LIMIT_WRITES_PER_IP: z.coerce.number().int().positive().default(120),
  REGISTRY_RATE_LIMIT_EXPENSIVE_READS: z.coerce.number().int().positive().default(120),
  REGISTRY_DB_POOL_SIZE: z.coerce.number().int().positive().default(10),
  // Search results are reused for this many seconds (per instance; emptied by publishes and component
  // changes in this instance). 0 turns the cache off.
  REGISTRY_SEARCH_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(10),
  // Guideline policy where neither the registry default (set by an ADMIN) nor a component or contract
  // sets one (issue #16): OFF, ADVISORY (results stored and shown) or GATE; and the profile it uses.
  REGISTRY_GUIDELINE_POLICY: z.enum(['OFF', 'ADVISORY', 'GATE']).default('ADVISORY'),
  REGISTRY_GUIDELINE_PROFILE: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/).default('dstack'),
  LOG_FORMAT: z.enum(['text', 'json']).default('text'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'verbose']).default('info'),
});

export type RegistryConfig = z.infer<typeof ENV_SCHEMA> & {
  /** true when no DATABASE_URL is set and the embedded PGlite serves the data. */
  embedded: boolean;
};

/** Parses the environment; throws one readable error listing every invalid variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): RegistryConfig {
  const result = ENV_SCHEMA.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...result.data, embedded: !result.data.DATABASE_URL };
}
