import type { SbomComponentFacts, SbomDocumentFacts, Tr03183ComponentResult, Tr03183Report } from './sbom-types.js';

// BSI TR-03183-2 v2.1.0 (2025-08-20), the fields it requires (MUST/SHALL) of an SBOM and of each
// component, as listed in docs/trust.md. Signatures are recommended, not required, and vulnerability
// information does not belong in an SBOM: neither is checked. Formats: CycloneDX >= 1.6, SPDX >= 3.0.1.
export const TR03183_VERSION = '2.1.0';

export const DOCUMENT_FIELDS = ['sbom.format', 'sbom.creator', 'sbom.timestamp', 'sbom.uri'] as const;
export const COMPONENT_FIELDS = [
  'component.creator', 'component.name', 'component.version', 'component.filename', 'component.dependencies',
  'component.licence', 'component.hash-sha512', 'component.executable', 'component.archive', 'component.structured',
  'component.source-uri', 'component.deployable-uri',
] as const;

const SHA512 = /^[0-9a-f]{128}$/i;

function acceptedFormat(doc: SbomDocumentFacts): boolean {
  const [major, minor, patch] = doc.specVersion.split('.').map(Number);
  if (doc.format === 'CYCLONEDX') return major > 1 || (major === 1 && minor >= 6);
  return major > 3 || (major === 3 && (minor > 0 || (minor === 0 && (patch ?? 0) >= 1)));
}

export function componentMissing(c: SbomComponentFacts): string[] {
  const checks: [string, boolean][] = [
    ['component.creator', c.creatorContact],
    ['component.name', c.name !== null],
    ['component.version', c.version !== null],
    ['component.filename', c.filename !== null],
    ['component.dependencies', c.dependenciesListed],
    ['component.licence', c.licences.length + c.effectiveLicences.length > 0],
    ['component.hash-sha512', c.hashes.some((h) => h.alg === 'SHA512' && SHA512.test(h.value))],
    ['component.executable', c.executable !== null],
    ['component.archive', c.archive !== null],
    ['component.structured', c.structured !== null],
    ['component.source-uri', c.sourceUri !== null],
    ['component.deployable-uri', c.deployableUri !== null],
  ];
  return checks.filter(([, ok]) => !ok).map(([field]) => field);
}

/** The report: every required field per component, what is missing, and the overall verdict. */
export function tr03183Report(doc: SbomDocumentFacts): Tr03183Report {
  const missing: string[] = [];
  if (!acceptedFormat(doc)) missing.push('sbom.format');
  if (!doc.creatorContact) missing.push('sbom.creator');
  if (!doc.timestamp) missing.push('sbom.timestamp');
  if (!doc.sbomUri) missing.push('sbom.uri');
  const failing: Tr03183ComponentResult[] = [];
  const missingCount = new Map<string, number>();
  for (const c of doc.components) {
    const m = componentMissing(c);
    if (!m.length) continue;
    failing.push({ ref: c.ref, name: c.name, pointer: c.pointer, compliant: false, missing: m });
    for (const f of m) missingCount.set(f, (missingCount.get(f) ?? 0) + 1);
  }
  if (doc.components.length === 0) missing.push('sbom.components');
  // Document-level summary: a component field is "missing" when at least one component lacks it.
  for (const f of COMPONENT_FIELDS) if (missingCount.has(f)) missing.push(f);
  return {
    standard: 'BSI TR-03183-2', standardVersion: TR03183_VERSION, compliant: missing.length === 0, missing,
    componentsChecked: doc.components.length, componentsCompliant: doc.components.length - failing.length, components: failing,
  };
}
