import type { CryptoAsset, SbomComponentFacts, SbomDocumentFacts, SbomHash } from './sbom-types.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

const CONTACT = /@|^https?:\/\//i;

export function normaliseAlg(alg: string): string {
  return alg.toUpperCase().replace(/[-_ ]/g, '');
}

/** Names, e-mails and URLs of an organizationalEntity / organizationalContact / legacy author string. */
function partyStrings(v: unknown): string[] {
  if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
  const o = obj(v);
  if (!o) return [];
  const out = [str(o.name), str(o.email), ...arr(o.url).map(str)].filter((s): s is string => s !== null);
  for (const c of arr(o.contact)) out.push(...partyStrings(c));
  return out;
}

function creatorsOf(o: Obj): string[] {
  return [...partyStrings(o.manufacturer), ...partyStrings(o.manufacture), ...partyStrings(o.supplier), ...arr(o.authors).flatMap(partyStrings), ...partyStrings(o.author), ...partyStrings(o.publisher)];
}

function property(o: Obj, name: string): string | null {
  for (const p of arr(o.properties)) {
    const po = obj(p);
    if (po && po.name === name) return str(po.value);
  }
  return null;
}

function hashesOf(list: unknown): SbomHash[] {
  return arr(list).flatMap((h) => {
    const ho = obj(h);
    const alg = ho && str(ho.alg);
    const value = ho && str(ho.content);
    return alg && value ? [{ alg: normaliseAlg(alg), value }] : [];
  });
}

function licencesOf(o: Obj): { declared: string[]; concluded: string[] } {
  const declared: string[] = [];
  const concluded: string[] = [];
  for (const entry of arr(o.licenses)) {
    const e = obj(entry);
    if (!e) continue;
    const lic = obj(e.license);
    const value = str(e.expression) ?? (lic ? str(lic.id) ?? str(lic.name) : null);
    if (!value) continue;
    const ack = str(e.acknowledgement) ?? (lic ? str(lic.acknowledgement) : null);
    (ack === 'concluded' ? concluded : declared).push(value);
  }
  const effective = property(o, 'bsi:component:effectiveLicense');
  if (effective) concluded.push(effective);
  return { declared, concluded };
}

function externalUri(o: Obj, types: string[]): { url: string | null; hashes: SbomHash[] } {
  for (const r of arr(o.externalReferences)) {
    const ro = obj(r);
    if (ro && types.includes(String(ro.type))) return { url: str(ro.url), hashes: hashesOf(ro.hashes) };
  }
  return { url: null, hashes: [] };
}

function componentFacts(o: Obj, pointer: string, withDeps: ReadonlySet<string>): SbomComponentFacts {
  const creators = creatorsOf(o);
  const { declared, concluded } = licencesOf(o);
  const deployable = externalUri(o, ['distribution', 'distribution-intake']);
  const ref = str(o['bom-ref']);
  return {
    pointer, ref, name: str(o.name), version: str(o.version), creators, creatorContact: creators.some((c) => CONTACT.test(c)),
    filename: property(o, 'bsi:component:filename'),
    hashes: [...hashesOf(o.hashes), ...deployable.hashes],
    licences: declared, effectiveLicences: concluded,
    sourceUri: externalUri(o, ['source-distribution', 'vcs']).url,
    deployableUri: deployable.url,
    executable: property(o, 'bsi:component:executable'),
    archive: property(o, 'bsi:component:archive'),
    structured: property(o, 'bsi:component:structured'),
    dependenciesListed: ref !== null && withDeps.has(ref),
  };
}

/** Every component (metadata.component first, then components[] with nested ones), iteratively. */
function walkComponents(doc: Obj, visit: (o: Obj, pointer: string) => void): void {
  const metadata = obj(doc.metadata);
  const root = metadata && obj(metadata.component);
  const stack: [Obj, string][] = [];
  arr(doc.components).forEach((c, i) => { const o = obj(c); if (o) stack.push([o, `/components/${i}`]); });
  stack.reverse();
  if (root) stack.push([root, '/metadata/component']);
  while (stack.length) {
    const [o, p] = stack.pop() as [Obj, string];
    visit(o, p);
    const nested = arr(o.components);
    for (let i = nested.length - 1; i >= 0; i--) { const n = obj(nested[i]); if (n) stack.push([n, `${p}/components/${i}`]); }
  }
}

export function extractCycloneDx(doc: Obj): { facts: SbomDocumentFacts; crypto: CryptoAsset[] } {
  const metadata = obj(doc.metadata) ?? {};
  const withDeps = new Set(arr(doc.dependencies).map((d) => str(obj(d)?.ref)).filter((r): r is string => r !== null));
  const components: SbomComponentFacts[] = [];
  const crypto: CryptoAsset[] = [];
  walkComponents(doc, (o, pointer) => {
    if (o.type === 'cryptographic-asset') crypto.push(cryptoAsset(o, pointer));
    else components.push(componentFacts(o, pointer, withDeps));
  });
  const creators = creatorsOf(metadata);
  const serial = str(doc.serialNumber);
  return {
    facts: {
      format: 'CYCLONEDX', specVersion: String(doc.specVersion), creators, creatorContact: creators.some((c) => CONTACT.test(c)),
      timestamp: str(metadata.timestamp), sbomUri: serial ? `${serial}/${typeof doc.version === 'number' ? doc.version : 1}` : null, components,
    },
    crypto,
  };
}

function cryptoAsset(o: Obj, pointer: string): CryptoAsset {
  const cp = obj(o.cryptoProperties) ?? {};
  const alg = obj(cp.algorithmProperties) ?? {};
  const proto = obj(cp.protocolProperties) ?? {};
  const key = obj(cp.relatedCryptoMaterialProperties) ?? {};
  const param = str(alg.parameterSetIdentifier);
  const size = typeof key.size === 'number' ? key.size : param && /^\d+$/.test(param) ? Number(param) : null;
  const name = str(o.name) ?? '';
  const protocolType = str(proto.type);
  return {
    bomRef: str(o['bom-ref']) ?? pointer, name, pointer,
    assetType: str(cp.assetType) ?? 'unknown',
    primitive: str(alg.primitive), mode: str(alg.mode), padding: str(alg.padding), bits: size, curve: str(alg.curve) ?? str(alg.ellipticCurve),
    family: (protocolType ?? str(alg.algorithmFamily) ?? name).toLowerCase(),
    protocolVersion: str(proto.version),
    nistQuantumSecurityLevel: typeof alg.nistQuantumSecurityLevel === 'number' ? alg.nistQuantumSecurityLevel : null,
  };
}
