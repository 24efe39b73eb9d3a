// Measures parseContract (worker pool, warm) and the in-thread pipeline on given files.
// Usage: npm run build && node scripts/bench-parse-contract.mjs <file>...
import { readFileSync } from 'node:fs';
import { closeValidationPool, configureValidationPool, parseContract, parseContractInline } from '../dist/src/contracts/domain/parse-contract.js';

const files = process.argv.slice(2);
const ms = (t0) => `${(performance.now() - t0).toFixed(0)} ms`;
await configureValidationPool({ size: 1 });
for (const file of files) {
  const bytes = readFileSync(file);
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const c = await parseContract(bytes, { timeoutMs: 60_000 });
    runs.push(ms(t0));
    if (i === 0) console.log(`${file} (${bytes.length} bytes, ${c.kind} ${c.specVersion})`);
  }
  const t1 = performance.now();
  await parseContractInline(bytes);
  console.log(`  parseContract (worker): ${runs.join(', ')}; in-thread: ${ms(t1)}`);
}
await closeValidationPool();
