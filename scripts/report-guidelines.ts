// npm run report:guidelines — lints every bundesAPI document of ../shared/corpus/openapi/german-public
// with the built-in `dstack` profile and prints the median score and the ten most common findings.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseContractInline } from '../src/contracts/domain/parse-contract-inline.js';
import { resolvedDstack } from '../src/guidelines/domain/dstack-profile.js';
import { lintDocument } from '../src/guidelines/domain/run-lint.js';

const CORPUS = resolve(process.env.REGISTRY_SHARED_DIR ?? resolve(import.meta.dirname, '..', '..', '..', 'shared'), 'corpus', 'openapi', 'german-public');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ya?ml|json)$/.test(n) ? [p] : [];
  });
}

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`skipped: ${CORPUS} not found (set REGISTRY_SHARED_DIR)`);
    return;
  }
  const profile = resolvedDstack();
  const scores: number[] = [];
  const byRule = new Map<string, { severity: string; findings: number; documents: number }>();
  const failed: string[] = [];
  for (const file of files(CORPUS).sort()) {
    const name = relative(CORPUS, file);
    try {
      const parsed = await parseContractInline(new Uint8Array(readFileSync(file)));
      const out = await lintDocument(parsed.text, parsed.syntax, profile, parsed.document);
      scores.push(out.score);
      const perRule = new Map<string, number>();
      for (const f of out.findings) perRule.set(f.rule, (perRule.get(f.rule) ?? 0) + 1);
      for (const [rule, n] of perRule) {
        const sev = out.findings.find((f) => f.rule === rule)?.severity ?? '?';
        const e = byRule.get(rule) ?? { severity: sev, findings: 0, documents: 0 };
        e.findings += n;
        e.documents += 1;
        byRule.set(rule, e);
      }
      console.log(`${String(out.score).padStart(3)}  E${out.counts.error} W${out.counts.warn} I${out.counts.info} H${out.counts.hint}  ${name}`);
    } catch (err) {
      failed.push(`${name}: ${(err as Error).message.slice(0, 120)}`);
    }
  }
  scores.sort((a, b) => a - b);
  const mid = scores.length / 2;
  const median = scores.length === 0 ? NaN : scores.length % 2 ? scores[Math.floor(mid)] : (scores[mid - 1] + scores[mid]) / 2;
  console.log(`\n${scores.length} documents linted with dstack ${profile.version}; not linted (invalid documents): ${failed.length}`);
  for (const f of failed) console.log(`  not linted: ${f}`);
  console.log(`median score: ${median}   (min ${scores[0]}, max ${scores[scores.length - 1]})`);
  console.log('\nten most common findings (documents affected, findings):');
  const top = [...byRule.entries()].sort((a, b) => b[1].documents - a[1].documents || b[1].findings - a[1].findings).slice(0, 10);
  for (const [rule, e] of top) console.log(`  ${String(e.documents).padStart(3)} docs  ${String(e.findings).padStart(5)}×  ${e.severity.padEnd(5)}  ${rule}`);
}

await main();
