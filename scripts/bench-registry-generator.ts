// Synthetic registry for benchmarks: corpus documents (../shared/corpus) varied per component and
// version, loaded through the search indexing path in batched transactions. Used by bench-search.ts
// and bench-catalogue.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { JSON_SCHEMA, load } from 'js-yaml';
import type { DataSource, EntityManager } from 'typeorm';
import type { Component } from '../src/components/component.entity.js';
import type { Contract } from '../src/components/contract.entity.js';
import type { SearchService } from '../src/search/search.service.js';
import { projectPath } from '../src/common/project-path.js';
import { prepareSearchIndex } from '../src/search/domain/prepare-search-document.js';

export type Doc = Record<string, unknown>;

export function corpusDocs(): Doc[] {
  // ../shared/corpus next to the project; BENCH_CORPUS_DIR points elsewhere (e.g. from a git worktree).
  const root = process.env.BENCH_CORPUS_DIR ?? resolve(projectPath(''), '..', 'shared', 'corpus');
  const dirs = ['openapi/german-public', 'openapi/versions', 'openapi/oai-schema-tests-pass', 'asyncapi/versions', 'asyncapi/spec-examples', 'asyncapi/parser-js-v1-good/good'];
  const files: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ya?ml|json)$/.test(f) && !/INDEX\.json$/.test(f) && statSync(p).size < 1_000_000) files.push(p);
    }
  };
  for (const d of dirs) walk(join(root, d));
  const docs: Doc[] = [];
  for (const f of files) {
    try {
      const d = load(readFileSync(f, 'utf8'), { schema: JSON_SCHEMA }) as Doc;
      if (d && typeof d === 'object' && (d.openapi || d.swagger || d.asyncapi) && !String(d.asyncapi ?? '').startsWith('1.')) docs.push(d);
    } catch { /* invalid upstream documents are part of the corpus; skip them */ }
  }
  return docs;
}

const PREFIXES = ['Hunde', 'Kfz', 'Gewerbe', 'Grund', 'Wohn', 'Eltern', 'Kinder', 'Bau', 'Melde', 'Personal', 'Fahrerlaubnis', 'Wasser', 'Abfall', 'Jagd', 'Fischerei', 'Pass', 'Ausweis', 'Kita', 'Schul', 'Renten', 'Sozial', 'Energie', 'Umwelt', 'Verkehr', 'Pflege'];
const SUFFIXES = ['steuer', 'geld', 'antrag', 'register', 'genehmigung', 'bescheid', 'auskunft', 'portal', 'dienst', 'anmeldung', 'bescheinigung', 'zuschuss'];
const REGIONS = ['berlin', 'hamburg', 'bayern', 'sachsen', 'hessen', 'bremen', 'saarland', 'thueringen', 'nrw', 'bund'];
const LAYERS = ['submission', 'identity', 'payment', 'communication', 'data-exchange', 'infrastructure'];
const ORGS = ['Bund', 'Land Berlin', 'Freistaat Bayern', 'Freie und Hansestadt Hamburg', 'Land Hessen', 'Stadt Beispielstadt'];

// Services where citizens file something: their contracts are about Anträge. The others (registers,
// portals, tax assessments, information services) are about Vorgänge, Auskünfte and Bescheide.
const FILED = new Set(['antrag', 'genehmigung', 'anmeldung', 'zuschuss', 'geld', 'bescheinigung']);
// Varied component descriptions. The first one is the sentence every component used to carry; shared
// vocabulary (Antrag, Bescheid, Status) stays common, as in German public APIs, but not universal.
const DESCRIPTIONS: ((w: string, region: string) => string)[] = [
  (w, r) => `${w}: Anträge, Bescheide und Statusmeldungen (${r})`,
  (w, r) => `${w} online beantragen und den Bearbeitungsstand verfolgen (${r})`,
  (w, r) => `Auskunft zu ${w}: Registerdaten, Nachweise und Änderungen (${r})`,
  (w, r) => `${w}: Daten melden, abrufen und berichtigen (${r})`,
  (w, r) => `Fachverfahren ${w} mit Schnittstellen für Kommunen und Länder (${r})`,
  (w, r) => `${w}-Bescheide elektronisch zustellen und quittieren (${r})`,
];

export function componentRow(i: number) {
  const p = PREFIXES[i % PREFIXES.length];
  const s = SUFFIXES[Math.floor(i / PREFIXES.length) % SUFFIXES.length];
  const region = REGIONS[Math.floor(i / (PREFIXES.length * SUFFIXES.length)) % REGIONS.length];
  return {
    slug: `${p}${s}-${region}-${i}`.toLowerCase(),
    name: `${p}${s} ${region} ${i}`,
    description: DESCRIPTIONS[Math.floor(i / 3) % DESCRIPTIONS.length](`${p}${s}`, region),
    filed: FILED.has(s),
    layer: LAYERS[i % LAYERS.length],
    tags: [s, region, i % 3 === 0 ? 'eudi' : 'ozg'],
    owner: ORGS[i % ORGS.length],
    word: `${p}${s}`,
  };
}

/** A corpus document varied per component and version: own title, description and a few own paths/channels. */
export function varied(base: Doc, c: ReturnType<typeof componentRow>, v: number): Doc {
  const doc = structuredClone(base);
  const info = (doc.info ?? {}) as Doc;
  doc.info = { ...info, title: `${c.name} API`, description: `${c.description}. ${String(info.description ?? '').slice(0, 500)}`, version: `${v + 1}.0.0` };
  const seg = c.word.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
  // Filed services: Antrag einreichen / Antragsstatus. Others: Vorgang melden / Vorgangsstatus.
  const [item, items, id, verb] = c.filed ? ['Antrag', 'antraege', 'antragId', 'einreichen'] : ['Vorgang', 'vorgaenge', 'vorgangId', 'melden'];
  if (doc.asyncapi) {
    const channels = { ...((doc.channels ?? {}) as Doc) };
    const name = `${seg}/status`;
    channels[String(doc.asyncapi).startsWith('2.') ? name : `${seg}Status`] = String(doc.asyncapi).startsWith('2.')
      ? { subscribe: { operationId: `${seg}StatusGeaendert`, summary: `Status eines ${c.word}-${item}s geändert`, message: { name: `${c.word}StatusGeaendert`, payload: { type: 'object', properties: { [id]: { type: 'string' }, status: { type: 'string' } } } } } }
      : { address: name, messages: { [`${c.word}StatusGeaendert`]: { summary: `Status eines ${c.word}-${item}s geändert`, payload: { type: 'object', properties: { [id]: { type: 'string' } } } } } };
    doc.channels = channels;
  } else {
    const paths = { ...((doc.paths ?? {}) as Doc) };
    paths[`/${seg}/${items}`] = { post: { operationId: `${seg}${item}${verb[0].toUpperCase()}${verb.slice(1)}`, summary: `${c.word}-${item} ${verb}`, responses: { '201': { description: 'ok' } } } };
    if (v > 0) paths[`/${seg}/${items}/{${id}}/status`] = { get: { operationId: `${seg}Status`, summary: `Status eines ${c.word}-${item}s`, responses: { '200': { description: 'ok' } } } };
    doc.paths = paths;
  }
  return doc;
}

// ---- loading through the indexing path, batched -------------------------------------------
export async function loadSyntheticRegistry(ds: DataSource, search: SearchService, docs: Doc[], components: number,
  opts: { batch: number; versionsPerContract: number }): Promise<{ versions: number; ms: number }> {
  const t0 = performance.now();
  let versions = 0;
  for (let start = 0; start < components; start += opts.batch) {
    await ds.transaction(async (em) => {
      for (let i = start; i < Math.min(components, start + opts.batch); i++) versions += await loadComponent(em, search, docs, i, opts.versionsPerContract);
    });
    if ((start / opts.batch) % 10 === 0) process.stdout.write(`  loaded ${start + opts.batch} components, ${versions} versions, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  }
  return { versions, ms: performance.now() - t0 };
}

async function loadComponent(em: EntityManager, search: SearchService, docs: Doc[], i: number, versionsPerContract: number): Promise<number> {
  const c = componentRow(i);
  const [component] = (await em.query(
    `INSERT INTO component (slug, name, description, layer, tags, owner_organisation) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
    [c.slug, c.name, c.description, c.layer, c.tags, c.owner])) as Component[];
  let n = 0;
  // 1 or 2 contracts per component, 2 versions each (a third of the time 3) → about 30,000 versions.
  const contracts = 1 + (i % 2);
  for (let k = 0; k < contracts; k++) {
    const base = docs[(i * 7 + k * 13) % docs.length];
    const kind = base.asyncapi ? 'ASYNCAPI' : 'OPENAPI';
    const [contract] = (await em.query(`INSERT INTO contract (component_id, name, kind) VALUES ($1, $2, $3) RETURNING id, component_id AS "componentId", name, kind`,
      [component.id, `${kind === 'ASYNCAPI' ? 'events' : 'api'}-${k}`, kind])) as Contract[];
    const count = versionsPerContract + (i % 3 === 0 ? 1 : 0) - (contracts === 2 && k === 1 && i % 3 !== 0 ? 1 : 0);
    for (let v = 0; v < count; v++) {
      const doc = varied(base, c, v);
      const info = doc.info as Doc;
      // The stored document is a stub: the benchmark measures search, and 30,000 full documents would
      // only grow the database. The index is built from the full varied document, as on publish.
      const [row] = (await em.query(
        `INSERT INTO contract_version (contract_id, version, major, minor, patch, document_text, document, syntax, spec_version, sha256, size_bytes, title,
           description, operation_count, channel_count, message_count, schema_count, published_by)
         VALUES ($1, $2, $3, 0, 0, '{}', '{}', 'json', $4, $5, 2, $6, $7, 0, 0, 0, 0, 'bench') RETURNING id`,
        [contract.id, `${v + 1}.0.0`, v + 1, String(doc.openapi ?? doc.swagger ?? doc.asyncapi), `${i}`.padStart(64, '0'), info.title, info.description])) as { id: string }[];
      await search.indexVersion(em, component, contract, row, prepareSearchIndex(doc));
      n++;
    }
  }
  return n;
}

