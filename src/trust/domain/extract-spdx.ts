import { normaliseAlg } from './extract-cyclonedx.js';
import type { SbomComponentFacts, SbomDocumentFacts, SbomHash } from './sbom-types.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' && v !== 'NOASSERTION' && v !== 'NONE' ? v : null);
const CONTACT = /@|https?:\/\//i;

// SPDX 3.0.1 JSON-LD: a flat @graph of elements linked by spdxId; licences and dependencies are
// Relationship elements. Mapping to the TR-03183-2 fields is documented in docs/trust.md.
export function extractSpdx3(doc: Obj): SbomDocumentFacts {
  const graph = arr(doc['@graph']).map(obj).filter((o): o is Obj => o !== null);
  const byId = new Map<string, Obj>();
  for (const el of graph) {
    const id = str(el.spdxId) ?? str(el['@id']);
    if (id) byId.set(id, el);
  }
  const rels = new Map<string, { type: string; to: string[] }[]>();
  for (const el of graph) {
    if (el.type !== 'Relationship') continue;
    const from = str(el.from);
    if (!from) continue;
    rels.set(from, [...(rels.get(from) ?? []), { type: String(el.relationshipType), to: arr(el.to).map(String) }]);
  }
  const agent = (id: unknown): string[] => {
    const a = typeof id === 'string' ? byId.get(id) : null;
    if (!a) return [];
    const ids = arr(a.externalIdentifier).map((x) => str(obj(x)?.identifier)).filter((s): s is string => s !== null);
    return [str(a.name), ...ids].filter((s): s is string => s !== null);
  };
  const creation = graph.find((el) => el.type === 'CreationInfo') ?? {};
  const creators = arr(creation.createdBy).flatMap(agent);
  const document = graph.find((el) => el.type === 'SpdxDocument');
  const related = (id: string, type: string) => (rels.get(id) ?? []).filter((r) => r.type === type).flatMap((r) => r.to);
  const licenceOf = (id: string) => {
    const el = byId.get(id);
    return el ? str(el.simplelicensing_licenseExpression) ?? str(el.name) ?? id : id;
  };
  const components: SbomComponentFacts[] = [];
  graph.forEach((el, i) => {
    if (el.type !== 'software_Package') return;
    const id = str(el.spdxId) ?? `#${i}`;
    const artifact = related(id, 'hasDistributionArtifact').map((a) => byId.get(a)).find((a) => a?.type === 'software_File');
    const hashes: SbomHash[] = [el, artifact ?? {}].flatMap((e) => arr(e.verifiedUsing)).flatMap((h) => {
      const ho = obj(h);
      return ho && ho.type === 'Hash' && str(ho.algorithm) && str(ho.hashValue) ? [{ alg: normaliseAlg(String(ho.algorithm)), value: String(ho.hashValue) }] : [];
    });
    const refs = arr(el.externalRef).map(obj).filter((r): r is Obj => r !== null);
    const refOf = (...types: string[]) => refs.filter((r) => types.includes(String(r.externalRefType))).flatMap((r) => arr(r.locator).map(str)).find((s) => s) ?? null;
    const purposes = [el.software_primaryPurpose, ...arr(el.software_additionalPurpose)].map(str).filter((p): p is string => p !== null);
    const partyList = [...agent(el.suppliedBy), ...arr(el.originatedBy).flatMap(agent)];
    components.push({
      pointer: `/@graph/${i}`, ref: id, name: str(el.name), version: str(el.software_packageVersion), creators: partyList, creatorContact: partyList.some((c) => CONTACT.test(c)),
      filename: artifact ? str(artifact.name) : null, hashes,
      licences: related(id, 'hasDeclaredLicense').map(licenceOf), effectiveLicences: related(id, 'hasConcludedLicense').map(licenceOf),
      sourceUri: refOf('sourceArtifact', 'vcs'), deployableUri: str(el.software_downloadLocation) ?? refOf('binaryArtifact'),
      executable: purposes.length ? (purposes.includes('executable') || purposes.includes('application') ? 'executable' : 'non-executable') : null,
      archive: purposes.length ? (purposes.includes('archive') ? 'archive' : 'no archive') : null,
      structured: purposes.length ? (purposes.includes('archive') || purposes.includes('container') ? 'structured' : 'unstructured') : null,
      dependenciesListed: (rels.get(id) ?? []).some((r) => r.type === 'dependsOn'),
    });
  });
  return {
    format: 'SPDX', specVersion: String(creation.specVersion ?? '3.0.1'), creators, creatorContact: creators.some((c) => CONTACT.test(c)),
    timestamp: str(creation.created), sbomUri: document ? str(document.spdxId) : null, components,
  };
}

/** SPDX 2.3 JSON: read for licences and the report; the TR no longer accepts SPDX 2.x. */
export function extractSpdx23(doc: Obj): SbomDocumentFacts {
  const ci = obj(doc.creationInfo) ?? {};
  const creators = arr(ci.creators).map(str).filter((s): s is string => s !== null);
  const withDeps = new Set<string>();
  for (const r of arr(doc.relationships)) {
    const ro = obj(r);
    if (ro?.relationshipType === 'DEPENDS_ON') withDeps.add(String(ro.spdxElementId));
    if (ro?.relationshipType === 'DEPENDENCY_OF') withDeps.add(String(ro.relatedSpdxElement));
  }
  const components = arr(doc.packages).map((p, i): SbomComponentFacts => {
    const po = obj(p) ?? {};
    const parties = [str(po.supplier), str(po.originator)].filter((s): s is string => s !== null);
    const hashes = arr(po.checksums).flatMap((c) => {
      const co = obj(c);
      return co && str(co.algorithm) && str(co.checksumValue) ? [{ alg: normaliseAlg(String(co.algorithm)), value: String(co.checksumValue) }] : [];
    });
    const ref = str(po.SPDXID);
    return {
      pointer: `/packages/${i}`, ref, name: str(po.name), version: str(po.versionInfo), creators: parties, creatorContact: parties.some((c) => CONTACT.test(c)),
      filename: str(po.packageFileName), hashes,
      licences: [str(po.licenseDeclared)].filter((s): s is string => s !== null), effectiveLicences: [str(po.licenseConcluded)].filter((s): s is string => s !== null),
      sourceUri: str(po.sourceInfo), deployableUri: str(po.downloadLocation), executable: null, archive: null, structured: null,
      dependenciesListed: ref !== null && withDeps.has(ref),
    };
  });
  return {
    format: 'SPDX', specVersion: '2.3', creators, creatorContact: creators.some((c) => CONTACT.test(c)),
    timestamp: str(ci.created), sbomUri: str(doc.documentNamespace), components,
  };
}
