import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { FilterPredicate } from '../components/component-extensions.js';
import type { EudiConformanceFilter } from '../components/components.repository.js';
import { ConformanceEvidenceRow } from './conformance-evidence.entity.js';
import { ConformanceRecordRow } from './conformance-record.entity.js';

/** A version of one of a component's contracts, with the breaking flag of its compatibility report. */
export interface ContractVersionFact {
  componentId: string;
  contract: string;
  version: string;
  kind: string;
  prerelease: boolean;
  breaking: boolean;
}

export interface CoveredDocument {
  contract: string;
  version: string;
  kind: string;
  document: Record<string, unknown>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class ConformanceRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction('READ COMMITTED', work);
  }

  insertEvidence(row: Partial<ConformanceEvidenceRow>, em: EntityManager = this.ds.manager): Promise<ConformanceEvidenceRow> {
    return em.save(ConformanceEvidenceRow, em.create(ConformanceEvidenceRow, row));
  }

  findExport(componentId: string, sha256: string): Promise<ConformanceEvidenceRow | null> {
    return this.ds.manager.findOne(ConformanceEvidenceRow, { where: { componentId, sha256, kind: 'OIDF_CONFORMANCE_EXPORT' } });
  }

  /** Evidence by id; ids that are not UUIDs cannot exist and are skipped (no cast error). */
  findEvidence(ids: readonly string[], em: EntityManager = this.ds.manager): Promise<ConformanceEvidenceRow[]> {
    const valid = [...new Set(ids.filter((id) => UUID.test(id)))];
    if (valid.length === 0) return Promise.resolve([]);
    return em.getRepository(ConformanceEvidenceRow).createQueryBuilder('e').where('e.id IN (:...valid)', { valid }).getMany();
  }

  insertRecord(em: EntityManager, row: Partial<ConformanceRecordRow>): Promise<ConformanceRecordRow> {
    return em.save(ConformanceRecordRow, em.create(ConformanceRecordRow, row)).then((r) => em.findOneOrFail(ConformanceRecordRow, { where: { id: r.id } }));
  }

  findRecord(id: string): Promise<ConformanceRecordRow | null> {
    if (!UUID.test(id)) return Promise.resolve(null);
    return this.ds.manager.findOne(ConformanceRecordRow, { where: { id } });
  }

  /** All records of the components, newest first per component. */
  listRecords(componentIds: readonly string[]): Promise<ConformanceRecordRow[]> {
    if (componentIds.length === 0) return Promise.resolve([]);
    return this.ds.getRepository(ConformanceRecordRow).createQueryBuilder('r')
      .where('r.component_id IN (:...ids)', { ids: componentIds }).orderBy('r.seq', 'DESC').getMany();
  }

  /** The current (latest) record of every component that has one. */
  listCurrentRecords(): Promise<ConformanceRecordRow[]> {
    return this.ds.getRepository(ConformanceRecordRow).createQueryBuilder('r')
      .where('r.seq = (SELECT max(r2.seq) FROM conformance_record r2 WHERE r2.component_id = r.component_id)')
      .getMany();
  }

  /** Records with a verdict on the given set release, optionally narrowed to one requirement key. */
  findRecordsCiting(set: string, version: string, requirementKey: string | null, currentOnly: boolean): Promise<ConformanceRecordRow[]> {
    const cite: Record<string, string> = { requirementSet: set, requirementSetVersion: version };
    if (requirementKey !== null) cite['requirementKey'] = requirementKey;
    const qb = this.ds.getRepository(ConformanceRecordRow).createQueryBuilder('r')
      .where('r.verdicts @> CAST(:cite AS jsonb)', { cite: JSON.stringify([cite]) })
      .orderBy('r.seq', 'DESC');
    if (currentOnly) qb.andWhere('r.seq = (SELECT max(r2.seq) FROM conformance_record r2 WHERE r2.component_id = r.component_id)');
    return qb.getMany();
  }

  /** Every version of the components' contracts, with the stored breaking flag. */
  async contractVersionFacts(componentIds: readonly string[]): Promise<ContractVersionFact[]> {
    if (componentIds.length === 0) return [];
    // Until the compatibility engine fills in the report it is null: treated as non-breaking.
    const rows: { component_id: string; contract: string; version: string; kind: string; prerelease: boolean; breaking: boolean | null }[] = await this.ds.query(
      `SELECT k.component_id, k.name AS contract, v.version, k.kind,
              v.prerelease IS NOT NULL AS prerelease, (v.compatibility_report->>'breaking')::boolean AS breaking
         FROM contract_version v JOIN contract k ON k.id = v.contract_id
        WHERE k.component_id = ANY($1::uuid[])`,
      [componentIds],
    );
    return rows.map((r) => ({ componentId: r.component_id, contract: r.contract, version: r.version, kind: r.kind, prerelease: r.prerelease, breaking: r.breaking === true }));
  }

  /** For each request (a component and its covered contract versions): the parsed OpenAPI documents. One query. */
  async openApiDocumentsFor(requests: readonly { componentId: string; covered: readonly { contract: string; version: string }[] }[]): Promise<CoveredDocument[][]> {
    const wanted = requests.flatMap((r, i) => r.covered.map((c) => ({ i, component_id: r.componentId, contract: c.contract, version: c.version })));
    const out: CoveredDocument[][] = requests.map(() => []);
    if (wanted.length === 0) return out;
    const rows: (CoveredDocument & { i: number })[] = await this.ds.query(
      `SELECT w.i, k.name AS contract, v.version, k.kind, v.document
         FROM jsonb_to_recordset($1::jsonb) AS w(i int, component_id uuid, contract text, version text)
         JOIN contract k ON k.component_id = w.component_id AND k.name = w.contract AND k.kind = 'OPENAPI'
         JOIN contract_version v ON v.contract_id = k.id AND v.version = w.version`,
      [JSON.stringify(wanted)],
    );
    for (const { i, ...doc } of rows) out[i].push(doc);
    return out;
  }

  /** Component ids and slugs, ordered by slug (the overview lists every component). */
  listComponentSlugs(): Promise<{ id: string; slug: string }[]> {
    return this.ds.query(`SELECT id, slug FROM component ORDER BY slug`);
  }
}

/**
 * The component filter on its current (latest) record, for component listings and search.
 * `component` is the SQL alias of the component row in the caller's query.
 */
export function currentRecordPredicate(f: EudiConformanceFilter, component: string): FilterPredicate[] {
  const conditions: string[] = [];
  if (f.role?.length) conditions.push('xr.roles && CAST(:eudiRoles AS text[])');
  if (f.protocol?.length) conditions.push('xr.protocol_names && CAST(:eudiProtocols AS text[])');
  if (f.credentialFormat?.length) conditions.push('xr.credential_format_names && CAST(:eudiFormats AS text[])');
  if (f.status?.length) conditions.push('xr.status = ANY(CAST(:eudiStatuses AS text[]))');
  if (conditions.length === 0) return [];
  return [{
    sql: `EXISTS (SELECT 1 FROM conformance_record xr WHERE xr.component_id = ${component}.id
            AND xr.seq = (SELECT max(xr2.seq) FROM conformance_record xr2 WHERE xr2.component_id = ${component}.id)
            AND ${conditions.join(' AND ')})`,
    params: { eudiRoles: f.role ?? [], eudiProtocols: f.protocol ?? [], eudiFormats: f.credentialFormat ?? [], eudiStatuses: f.status ?? [] },
  }];
}
