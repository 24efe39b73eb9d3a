import type { CryptoRule, CryptoRuleSet } from './crypto-rules.js';
import type { CryptoAsset, CryptoAssessment, CryptoFinding, CryptoStatus, CryptoVerdict } from './sbom-types.js';

const RANK: Record<CryptoVerdict, number> = { PASS: 0, WARN: 1, FAIL: 2 };
const compact = (s: string | null) => (s ?? '').toLowerCase().slice(0, 200).replace(/[^a-z0-9]/g, '');

/** Key / parameter size in bits: the declared one, else the number in the name (AES-128, RSA-3072, P-256). */
function bitsOf(a: CryptoAsset): number | null {
  if (a.bits !== null) return a.bits;
  const m = /(\d{3,5})/.exec(`${a.curve ?? ''} ${a.name}`.slice(0, 200));
  return m ? Number(m[1]) : null;
}

function matches(rule: CryptoRule, a: CryptoAsset, set: CryptoRuleSet): boolean {
  const w = rule.when;
  const names = [compact(a.family), compact(a.name)];
  if (w.families && !w.families.some((f) => names.some((n) => n.startsWith(f)))) return false;
  if (w.primitives && !w.primitives.includes((a.primitive ?? '').toLowerCase())) return false;
  if (w.modes && !w.modes.includes((a.mode ?? '').toLowerCase())) return false;
  if (w.paddings && !w.paddings.includes(compact(a.padding))) return false;
  if (w.protocolVersions && !w.protocolVersions.includes(a.protocolVersion ?? '')) return false;
  if (w.bitsBelow !== undefined) {
    const bits = bitsOf(a);
    if (bits === null || bits >= w.bitsBelow) return false;
  }
  const pq = names.some((n) => set.postQuantum.some((p) => n.includes(p)));
  const classical = names.some((n) => n.includes('hybrid') || set.quantumVulnerable.some((q) => n.startsWith(q)));
  if (w.pqWithoutHybrid && (!pq || classical)) return false;
  if (w.pqHybrid && !(pq && classical)) return false;
  if (w.classicalOnly && pq) return false;
  return true;
}

function quantumVulnerable(a: CryptoAsset, set: CryptoRuleSet): boolean {
  const names = [compact(a.family), compact(a.name)];
  const pq = names.some((n) => set.postQuantum.some((p) => n.includes(p)));
  return !pq && names.some((n) => set.quantumVulnerable.some((q) => n.startsWith(q)));
}

/** Judges every asset against the rule set: one finding per matching rule, a WARN where none matches. */
export function judgeCrypto(assets: readonly CryptoAsset[], set: CryptoRuleSet): CryptoAssessment {
  const findings: CryptoFinding[] = [];
  for (const a of assets) {
    const qv = quantumVulnerable(a, set);
    const hit = set.rules.filter((r) => matches(r, a, set));
    if (!hit.length) {
      findings.push({ bomRef: a.bomRef, asset: a.name, rule: 'not-covered', verdict: 'WARN', message: `${a.name || a.bomRef} is not covered by ${set.version}; assess it manually`, acceptableUntil: null, quantumVulnerable: qv });
      continue;
    }
    for (const r of hit) {
      findings.push({ bomRef: a.bomRef, asset: a.name, rule: r.id, verdict: r.verdict, message: r.message, acceptableUntil: r.verdict === 'FAIL' ? null : r.until, quantumVulnerable: qv });
    }
  }
  return { ruleSet: set.version, status: worst(findings), findings };
}

function worst(findings: readonly CryptoFinding[]): CryptoStatus {
  if (!findings.length) return 'NONE';
  return findings.reduce<CryptoVerdict>((w, f) => (RANK[f.verdict] > RANK[w] ? f.verdict : w), 'PASS');
}
