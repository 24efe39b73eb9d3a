// npm run bench:lint — Stripe's 4.2 MB OpenAPI document (../shared/corpus/openapi/large) through the
// validation worker: parse + validate alone, then parse + validate + dstack lint; prints the lint time.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { closeValidationPool, configureValidationPool, parseContract } from '../src/contracts/domain/parse-contract.js';
import { resolvedDstack } from '../src/guidelines/domain/dstack-profile.js';

const FILE = resolve(process.env.REGISTRY_SHARED_DIR ?? resolve(import.meta.dirname, '..', '..', '..', 'shared'), 'corpus', 'openapi', 'large', 'stripe-spec3.2022-04-12.json');
const RUNS = 3;

async function main(): Promise<void> {
  if (!existsSync(FILE)) {
    console.log(`skipped: ${FILE} not found (set REGISTRY_SHARED_DIR)`);
    return;
  }
  const bytes = new Uint8Array(readFileSync(FILE));
  const limits = { maxBytes: 16 * 1024 * 1024, timeoutMs: 120_000 };
  const profile = resolvedDstack();
  await configureValidationPool({ size: 1 });
  await parseContract(bytes, limits); // warm-up (JIT, caches)
  const plain: number[] = [];
  const linted: number[] = [];
  let last = null as Awaited<ReturnType<typeof parseContract>> | null;
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    await parseContract(bytes, limits);
    plain.push(performance.now() - t);
    t = performance.now();
    last = await parseContract(bytes, limits, profile);
    linted.push(performance.now() - t);
  }
  await closeValidationPool();
  const best = (xs: number[]) => Math.min(...xs);
  const lintMs = best(linted) - best(plain);
  console.log(`stripe-spec3.2022-04-12.json (${(bytes.byteLength / 1e6).toFixed(1)} MB), best of ${RUNS}, in the validation worker:`);
  console.log(`  parse + validate:          ${best(plain).toFixed(0)} ms`);
  console.log(`  parse + validate + lint:   ${best(linted).toFixed(0)} ms`);
  console.log(`  dstack lint:               ${lintMs.toFixed(0)} ms  (target < 3000 ms: ${lintMs < 3000 ? 'met' : 'NOT met'})`);
  console.log(`  score ${last?.guidelines?.score}, findings ${JSON.stringify(last?.guidelines?.counts)}; load average ${(await import('node:os')).loadavg()[0].toFixed(1)}`);
}

await main();
