import { parse } from 'yaml';
import type { ErrorCause } from '../../common/errors/domain-error.js';

// publiccode.yml 0.4–0.7 → component metadata (mapping table in docs/trust.md). Only the fields the
// registry keeps are read; everything else stays in the stored document.
export const PUBLICCODE_VERSIONS = ['0.4', '0.5', '0.6', '0.7'] as const;
const MAX_BYTES = 512 * 1024;

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export interface PubliccodeFacts {
  publiccodeVersion: string;
  name: string | null;
  url: string | null;
  description: string | null;
  descriptions: Record<string, { shortDescription: string | null; longDescription: string | null }>;
  licence: string | null;
  maintenance: { type: string | null; contractors: string[]; contacts: { name: string; email: string | null }[] };
  legal: { mainCopyrightOwner: string | null; repoOwner: string | null; authorsFile: string | null };
  dependencies: { kind: 'open' | 'proprietary' | 'hardware'; name: string; versionMin: string | null; versionMax: string | null; optional: boolean }[];
  platforms: string[];
  softwareVersion: string | null;
  developmentStatus: string | null;
}

export type PubliccodeResult = { ok: true; facts: PubliccodeFacts } | { ok: false; causes: ErrorCause[] };

export function readPubliccode(text: string): PubliccodeResult {
  if (Buffer.byteLength(text, 'utf8') > MAX_BYTES) return { ok: false, causes: [{ pointer: '', message: `publiccode.yml is larger than ${MAX_BYTES} bytes` }] };
  let doc: Obj | null;
  try {
    // no custom tags, small alias budget: YAML from a user never expands into something large
    doc = obj(parse(text, { maxAliasCount: 50, uniqueKeys: true, prettyErrors: true }));
  } catch (err) {
    return { ok: false, causes: [{ pointer: '', message: `publiccode.yml is not valid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` }] };
  }
  if (!doc) return { ok: false, causes: [{ pointer: '', message: 'publiccode.yml must be a mapping' }] };
  const version = String(doc.publiccodeYmlVersion ?? '');
  const causes: ErrorCause[] = [];
  if (!PUBLICCODE_VERSIONS.some((v) => version === v || version.startsWith(`${v}.`))) {
    causes.push({ pointer: '/publiccodeYmlVersion', message: `publiccodeYmlVersion must be 0.4 to 0.7 (got "${version}")` });
  }
  if (!str(doc.name)) causes.push({ pointer: '/name', message: 'name is required' });
  const legal = obj(doc.legal) ?? {};
  if (!str(legal.license)) causes.push({ pointer: '/legal/license', message: 'legal.license is required' });
  if (causes.length) return { ok: false, causes };
  return { ok: true, facts: mapFacts(doc, version) };
}

function mapFacts(doc: Obj, version: string): PubliccodeFacts {
  const description = obj(doc.description) ?? {};
  const descriptions: PubliccodeFacts['descriptions'] = {};
  for (const [lang, d] of Object.entries(description).slice(0, 50)) {
    const o = obj(d) ?? {};
    descriptions[lang] = { shortDescription: str(o.shortDescription), longDescription: str(o.longDescription) };
  }
  const preferred = descriptions.de ?? descriptions.deu ?? descriptions.en ?? descriptions.eng ?? Object.values(descriptions)[0];
  const maintenance = obj(doc.maintenance) ?? {};
  const legal = obj(doc.legal) ?? {};
  const deps = obj(doc.dependsOn) ?? {};
  return {
    publiccodeVersion: version, name: str(doc.name), url: str(doc.url), descriptions,
    description: preferred ? preferred.shortDescription ?? preferred.longDescription : null,
    licence: str(legal.license),
    maintenance: {
      type: str(maintenance.type),
      contractors: arr(maintenance.contractors).map((c) => str(obj(c)?.name)).filter((s): s is string => s !== null),
      contacts: arr(maintenance.contacts).flatMap((c) => { const o = obj(c); const name = o && str(o.name); return name ? [{ name, email: str(o.email) }] : []; }),
    },
    legal: { mainCopyrightOwner: str(legal.mainCopyrightOwner), repoOwner: str(legal.repoOwner), authorsFile: str(legal.authorsFile) },
    dependencies: (['open', 'proprietary', 'hardware'] as const).flatMap((kind) => arr(deps[kind]).flatMap((d) => {
      const o = obj(d);
      const name = o && str(o.name);
      return name ? [{ kind, name, versionMin: str(o.versionMin) ?? str(o.version), versionMax: str(o.versionMax), optional: o.optional === true }] : [];
    })),
    platforms: arr(doc.platforms).map(str).filter((s): s is string => s !== null),
    softwareVersion: str(doc.softwareVersion),
    developmentStatus: str(doc.developmentStatus),
  };
}
