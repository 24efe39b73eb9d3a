import { readFileSync } from 'node:fs';
import { resolvedDstack } from './dist/src/guidelines/domain/dstack-profile.js';
import { lintDocument } from './dist/src/guidelines/domain/run-lint.js';
import { parseContractInline } from './dist/src/contracts/domain/parse-contract-inline.js';
const f = 'contracts/epayment/zahlung-api/1.1.0.yaml';
const c = await parseContractInline(new Uint8Array(readFileSync(f)));
try { const r = await lintDocument(c.text, 'yaml', resolvedDstack()); console.log('spectral parser ok', r.counts); } catch (e) { console.log('spectral parser', e.message); }
const p = resolvedDstack();
for (const id of Object.keys(p.rules)) {
  try { await lintDocument(c.text, 'yaml', { ...p, rules: { [id]: p.rules[id] } }, c.document); } catch (e) { console.log('fails alone:', id); }
}
