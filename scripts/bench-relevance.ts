// Search relevance (issue 22): the bundesAPI corpus plus the seeded example contracts on an embedded
// PGlite, then the relevance set of scripts/relevance-set.ts; prints recall@5 and MRR.
//   npm run bench:relevance        (BENCH_CORPUS_DIR=/path/to/corpus when ../shared is not next to the project)
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/env.schema.js';
import { formatReport, loadRelevanceCorpus, measureRelevance, relevanceCorpusDir, RELEVANCE_TARGETS } from './relevance.js';

const root = resolve(import.meta.dirname, '..', '..');
const dir = relevanceCorpusDir(root);
if (!dir) {
  console.log('bench:relevance skipped: ../shared/corpus/openapi/german-public not found (set BENCH_CORPUS_DIR)');
  process.exit(0);
}
const token = `dsr_${randomBytes(24).toString('hex')}`;
const app = await createApp(loadConfig({
  ...process.env, DATABASE_URL: undefined, REGISTRY_DATA_DIR: 'memory://', REGISTRY_SEED_EXAMPLES: 'true', LOG_LEVEL: 'error', REGISTRY_ADMIN_TOKEN: token,
  REGISTRY_RATE_LIMIT_WRITES: '100000', REGISTRY_RATE_LIMIT_WRITES_PER_IP: '100000', REGISTRY_RATE_LIMIT_EXPENSIVE_READS: '100000',
}));
app.useLogger(['error']);
await app.listen(0, '127.0.0.1');
const { port } = app.getHttpServer().address() as { port: number };
const baseUrl = `http://127.0.0.1:${port}`;
try {
  const loaded = await loadRelevanceCorpus(baseUrl, token, dir);
  console.log(`loaded ${loaded.published} corpus documents from ${dir} plus the example contracts; refused as invalid: ${loaded.rejected.join(', ') || 'none'}`);
  const report = await measureRelevance(baseUrl, token);
  console.log(formatReport(report));
  const ok = report.recallAt5 >= RELEVANCE_TARGETS.recallAt5 && report.mrr >= RELEVANCE_TARGETS.mrr;
  console.log(ok ? 'targets met' : 'TARGETS MISSED');
  process.exitCode = ok ? 0 : 1;
} finally {
  await app.close();
}
