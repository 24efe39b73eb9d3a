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
  // SBOM uploads (issue 17): size of the body and number of components / elements.
  REGISTRY_MAX_SBOM_BYTES: z.coerce.number().int().positive().default(32 * 1024 * 1024),
  REGISTRY_MAX_SBOM_ELEMENTS: z.coerce.number().int().positive().default(50_000),
  REGISTRY_VALIDATION_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  // Validation workers (parse, validate, search-index texts); unset = the number of cores, 2 to 4.
  REGISTRY_VALIDATION_WORKERS: z.coerce.number().int().min(1).max(32).optional(),
  // Longest wait for a validation worker before a publish is refused with 503 UNAVAILABLE + Retry-After.
  REGISTRY_VALIDATION_QUEUE_MS: z.coerce.number().int().positive().default(30_000),
  // Validations of one API token running at once; its further uploads wait in its own queue (round-robin).
  REGISTRY_PUBLISH_CONCURRENCY_PER_TOKEN: z.coerce.number().int().positive().default(2),
  REGISTRY_SEED_EXAMPLES: bool(true),
  REGISTRY_ANONYMOUS_READ: bool(true),
  // Seeds an ADMIN token with exactly this secret on start (if absent); unset → the first start creates
  // one and prints it once (and writes <REGISTRY_DATA_DIR>/admin-token, mode 0600, for the embedded DB).
  REGISTRY_ADMIN_TOKEN: z.string().min(32).optional(),
  // Longest life of an API token in days; requested expiries are clamped to it (issue #11).
  REGISTRY_TOKEN_MAX_DAYS: z.coerce.number().int().positive().max(36_500).default(365),
  // Which proxies may set X-Forwarded-For (Express `trust proxy`): false, true, a hop count, or a
  // comma-separated list of addresses/subnets and loopback, linklocal, uniquelocal. See docs/operations.md.
  REGISTRY_TRUST_PROXY: z.string().trim().min(1).max(2000).regex(/^[A-Za-z0-9.:/, ]+$/, 'false, true, a hop count, or addresses/subnets separated by commas').default('loopback'),
  // Rate limits per minute (in-process counters: per instance).
  REGISTRY_RATE_LIMIT_WRITES: z.coerce.number().int().positive().default(60),
  REGISTRY_RATE_LIMIT_WRITES_PER_IP: z.coerce.number().int().positive().default(120),
  REGISTRY_RATE_LIMIT_EXPENSIVE_READS: z.coerce.number().int().positive().default(120),
  // Document reads (REST downloads; GraphQL requests selecting contractVersion, document, documentJson).
  REGISTRY_RATE_LIMIT_DOCUMENT_READS: z.coerce.number().int().positive().default(60),
  // Bytes of documents (by stored size) one GraphQL answer may carry; unset: 3 × REGISTRY_MAX_DOCUMENT_BYTES.
  REGISTRY_GRAPHQL_MAX_RESPONSE_BYTES: z.coerce.number().int().positive().optional(),
  // Who may run introspection (__schema, __type). Unset: "authenticated" when anonymous reads are off, else "on".
  REGISTRY_INTROSPECTION: z.enum(['on', 'authenticated', 'off']).optional(),
  // Bounds a whole request (headers and body) on the HTTP server; slow bodies are cut off after it.
  REGISTRY_REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  REGISTRY_DB_POOL_SIZE: z.coerce.number().int().positive().default(10),
  // Search results are reused for this many seconds (per instance; emptied by publishes and component
  // changes in this instance). 0 turns the cache off.
  REGISTRY_SEARCH_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(10),
  // Signed audit checkpoints (CLI `audit checkpoint` / `audit verify --checkpoint`, ADR 0004): an Ed25519
  // private key as PEM text or a PEM file path; the optional public key for hosts that only verify.
  REGISTRY_AUDIT_SIGNING_KEY: z.string().optional(),
  REGISTRY_AUDIT_VERIFY_KEY: z.string().optional(),
  // Guideline policy where neither the registry default (set by an ADMIN) nor a component or contract
  // sets one (issue #16): OFF, ADVISORY (results stored and shown) or GATE; and the profile it uses.
  REGISTRY_GUIDELINE_POLICY: z.enum(['OFF', 'ADVISORY', 'GATE']).default('ADVISORY'),
  REGISTRY_GUIDELINE_PROFILE: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/).default('dstack'),
  LOG_FORMAT: z.enum(['text', 'json']).default('text'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'verbose']).default('info'),
});

export type RegistryConfig = Omit<z.infer<typeof ENV_SCHEMA>, 'REGISTRY_GRAPHQL_MAX_RESPONSE_BYTES' | 'REGISTRY_INTROSPECTION'> & {
  /** true when no DATABASE_URL is set and the embedded PGlite serves the data. */
  embedded: boolean;
  REGISTRY_GRAPHQL_MAX_RESPONSE_BYTES: number;
  REGISTRY_INTROSPECTION: 'on' | 'authenticated' | 'off';
};

/** Parses the environment; throws one readable error listing every invalid variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): RegistryConfig {
  const result = ENV_SCHEMA.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const d = result.data;
  return {
    ...d,
    embedded: !d.DATABASE_URL,
    REGISTRY_GRAPHQL_MAX_RESPONSE_BYTES: d.REGISTRY_GRAPHQL_MAX_RESPONSE_BYTES ?? 3 * d.REGISTRY_MAX_DOCUMENT_BYTES,
    REGISTRY_INTROSPECTION: d.REGISTRY_INTROSPECTION ?? (d.REGISTRY_ANONYMOUS_READ ? 'on' : 'authenticated'),
  };
}
