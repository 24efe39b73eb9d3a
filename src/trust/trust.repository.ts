import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AnalysedSbom, CryptoAsset, CryptoFinding, CryptoStatus, LicenceFact, Tr03183Report } from './domain/sbom-types.js';

export interface ContractVersionRef { contract: string; version: string }

export interface ReleaseRow {
  id: string; componentId: string; version: string; major: number; minor: number; patch: number; prerelease: string | null;
  contractVersions: ContractVersionRef[]; createdBy: string; createdAt: Date;
}

export interface SbomRow {
  id: string; releaseId: string; format: string; specVersion: string; sha256: string; sizeBytes: number; componentCount: number;
  tr03183: Tr03183Report; tr03183Compliant: boolean; licences: LicenceFact[]; uploadedBy: string; createdAt: Date;
}

export interface AssessmentRow { releaseId: string; ruleSet: string; status: CryptoStatus; findings: CryptoFinding[]; createdAt: Date }

export interface FactVersionRow<T> { id: string; componentId: string; version: number; facts: T; recordedBy: string; recordedAt: Date }

export interface TrustSummary {
  hasSbom: boolean; tr03183Compliant: boolean | null; cryptoStatus: CryptoStatus | null; licenceIds: string[]; hasUnknownLicence: boolean; hasNonOsiLicence: boolean;
}

const RELEASE_COLS = `id, component_id AS "componentId", version, major, minor, patch, prerelease, contract_versions AS "contractVersions", created_by AS "createdBy", created_at AS "createdAt"`;
const SBOM_COLS = `id, release_id AS "releaseId", format, spec_version AS "specVersion", sha256, size_bytes AS "sizeBytes", component_count AS "componentCount",
  tr03183, tr03183_compliant AS "tr03183Compliant", licences, uploaded_by AS "uploadedBy", created_at AS "createdAt"`;
export type FactTable = 'component_operating_model' | 'component_ai_transparency';

@Injectable()
export class TrustRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction('READ COMMITTED', work);
  }

  /** Serialises trust writes of one component (across instances). */
  async lockComponent(em: EntityManager, componentId: string): Promise<void> {
    await em.query(`SELECT id FROM component WHERE id = $1 FOR UPDATE`, [componentId]);
  }

  async findRelease(componentId: string, version: string, em: EntityManager = this.ds.manager): Promise<ReleaseRow | null> {
    const rows: ReleaseRow[] = await em.query(`SELECT ${RELEASE_COLS} FROM component_release WHERE component_id = $1 AND version = $2`, [componentId, version]);
    return rows[0] ?? null;
  }

  async insertRelease(em: EntityManager, r: Omit<ReleaseRow, 'id' | 'createdAt'>): Promise<ReleaseRow> {
    const rows: ReleaseRow[] = await em.query(
      `INSERT INTO component_release (component_id, version, major, minor, patch, prerelease, contract_versions, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${RELEASE_COLS}`,
      [r.componentId, r.version, r.major, r.minor, r.patch, r.prerelease, JSON.stringify(r.contractVersions), r.createdBy]);
    return rows[0];
  }

  /** Releases of many components, highest semver first (pre-releases after their release). */
  releasesOf(componentIds: readonly string[]): Promise<ReleaseRow[]> {
    return this.ds.query(`SELECT ${RELEASE_COLS} FROM component_release WHERE component_id = ANY($1::uuid[])
      ORDER BY major DESC, minor DESC, patch DESC, prerelease IS NOT NULL, prerelease DESC`, [componentIds]);
  }

  async sbomsOf(releaseIds: readonly string[], em: EntityManager = this.ds.manager): Promise<SbomRow[]> {
    return em.query(`SELECT ${SBOM_COLS} FROM release_sbom WHERE release_id = ANY($1::uuid[])`, [releaseIds]);
  }

  async sbomContent(releaseId: string): Promise<{ content: Buffer; sha256: string; format: string; specVersion: string } | null> {
    const rows = await this.ds.query(`SELECT content, sha256, format, spec_version AS "specVersion" FROM release_sbom WHERE release_id = $1`, [releaseId]);
    return rows[0] ?? null;
  }

  async insertSbom(em: EntityManager, releaseId: string, bytes: Uint8Array, a: AnalysedSbom, uploadedBy: string): Promise<SbomRow> {
    const rows: SbomRow[] = await em.query(
      `INSERT INTO release_sbom (release_id, format, spec_version, content, sha256, size_bytes, component_count, tr03183, tr03183_compliant, licences, crypto_assets, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING ${SBOM_COLS}`,
      [releaseId, a.format, a.specVersion, Buffer.from(bytes), a.sha256, a.sizeBytes, a.componentCount, JSON.stringify(a.tr03183), a.tr03183.compliant,
        JSON.stringify(a.licences), JSON.stringify(a.cryptoAssets), uploadedBy]);
    return rows[0];
  }

  async insertAssessment(em: EntityManager, releaseId: string, ruleSet: string, status: CryptoStatus, findings: CryptoFinding[]): Promise<void> {
    await em.query(`INSERT INTO release_crypto_assessment (release_id, rule_set, status, findings) VALUES ($1, $2, $3, $4) ON CONFLICT (release_id, rule_set) DO NOTHING`,
      [releaseId, ruleSet, status, JSON.stringify(findings)]);
  }

  assessmentsOf(releaseIds: readonly string[], em: EntityManager = this.ds.manager): Promise<AssessmentRow[]> {
    return em.query(`SELECT release_id AS "releaseId", rule_set AS "ruleSet", status, findings, created_at AS "createdAt"
      FROM release_crypto_assessment WHERE release_id = ANY($1::uuid[]) ORDER BY created_at`, [releaseIds]);
  }

  /** Releases with stored crypto assets that have no assessment under `ruleSet` yet. */
  async unjudged(ruleSet: string): Promise<{ releaseId: string; componentId: string; assets: CryptoAsset[] }[]> {
    return this.ds.query(`SELECT s.release_id AS "releaseId", r.component_id AS "componentId", s.crypto_assets AS assets FROM release_sbom s
      JOIN component_release r ON r.id = s.release_id
      WHERE NOT EXISTS (SELECT 1 FROM release_crypto_assessment a WHERE a.release_id = s.release_id AND a.rule_set = $1)`, [ruleSet]);
  }

  async saveSummary(em: EntityManager, componentId: string, s: TrustSummary): Promise<void> {
    await em.query(
      `INSERT INTO component_trust_summary (component_id, has_sbom, tr03183_compliant, crypto_status, licence_ids, has_unknown_licence, has_non_osi_licence, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (component_id) DO UPDATE SET has_sbom = $2, tr03183_compliant = $3, crypto_status = $4, licence_ids = $5,
         has_unknown_licence = $6, has_non_osi_licence = $7, updated_at = now()`,
      [componentId, s.hasSbom, s.tr03183Compliant, s.cryptoStatus, s.licenceIds, s.hasUnknownLicence, s.hasNonOsiLicence]);
  }

  componentsWithoutSummary(limit: number): Promise<{ id: string }[]> {
    return this.ds.query(`SELECT c.id FROM component c WHERE NOT EXISTS (SELECT 1 FROM component_trust_summary s WHERE s.component_id = c.id) LIMIT $1`, [limit]);
  }

  summaries(): Promise<{ slug: string; licenceIds: string[] }[]> {
    return this.ds.query(`SELECT c.slug, s.licence_ids AS "licenceIds" FROM component_trust_summary s JOIN component c ON c.id = s.component_id
      WHERE cardinality(s.licence_ids) > 0 ORDER BY c.slug`);
  }

  async latestFact<T>(table: FactTable, componentIds: readonly string[]): Promise<FactVersionRow<T>[]> {
    return this.ds.query(`SELECT DISTINCT ON (component_id) id, component_id AS "componentId", version, facts, recorded_by AS "recordedBy", recorded_at AS "recordedAt"
      FROM ${table} WHERE component_id = ANY($1::uuid[]) ORDER BY component_id, version DESC`, [componentIds]);
  }

  factHistory<T>(table: FactTable, componentId: string): Promise<FactVersionRow<T>[]> {
    return this.ds.query(`SELECT id, component_id AS "componentId", version, facts, recorded_by AS "recordedBy", recorded_at AS "recordedAt"
      FROM ${table} WHERE component_id = $1 ORDER BY version DESC`, [componentId]);
  }

  async appendFact<T>(em: EntityManager, table: FactTable | 'component_publiccode', componentId: string, facts: T, by: string, extra?: { publiccodeVersion: string; sha256: string; document: string }): Promise<FactVersionRow<T>> {
    const [{ next }] = await em.query(`SELECT COALESCE(MAX(version), 0) + 1 AS next FROM ${table} WHERE component_id = $1`, [componentId]);
    if (table === 'component_publiccode' && extra) {
      const rows = await em.query(`INSERT INTO component_publiccode (component_id, version, publiccode_version, sha256, document, facts, imported_by)
        VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, component_id AS "componentId", version, facts, imported_by AS "recordedBy", imported_at AS "recordedAt"`,
        [componentId, next, extra.publiccodeVersion, extra.sha256, extra.document, JSON.stringify(facts), by]);
      return rows[0];
    }
    const rows = await em.query(`INSERT INTO ${table} (component_id, version, facts, recorded_by) VALUES ($1, $2, $3, $4)
      RETURNING id, component_id AS "componentId", version, facts, recorded_by AS "recordedBy", recorded_at AS "recordedAt"`, [componentId, next, JSON.stringify(facts), by]);
    return rows[0];
  }

  latestPubliccode(componentIds: readonly string[]): Promise<FactVersionRow<unknown>[]> {
    return this.ds.query(`SELECT DISTINCT ON (component_id) id, component_id AS "componentId", version, facts, imported_by AS "recordedBy", imported_at AS "recordedAt"
      FROM component_publiccode WHERE component_id = ANY($1::uuid[]) ORDER BY component_id, version DESC`, [componentIds]);
  }

  /** Licences and the newest-release verdicts of one component, for its summary row. */
  async summaryInputs(em: EntityManager, componentId: string): Promise<{ licences: LicenceFact[]; newest: { tr03183Compliant: boolean; status: CryptoStatus | null } | null; hasSbom: boolean }> {
    const rows: { licences: LicenceFact[]; tr03183Compliant: boolean; status: CryptoStatus | null }[] = await em.query(
      `SELECT s.licences, s.tr03183_compliant AS "tr03183Compliant",
         (SELECT a.status FROM release_crypto_assessment a WHERE a.release_id = r.id ORDER BY a.created_at DESC LIMIT 1) AS status
       FROM release_sbom s JOIN component_release r ON r.id = s.release_id WHERE r.component_id = $1
       ORDER BY r.major DESC, r.minor DESC, r.patch DESC, r.prerelease IS NOT NULL, r.prerelease DESC`, [componentId]);
    return { licences: rows.flatMap((r) => r.licences), newest: rows[0] ?? null, hasSbom: rows.length > 0 };
  }
}

/** Filter predicates on the summary row (alias `ts`), one EXISTS per filter: linear, index-backed. */
export function summaryPredicate(componentAlias: string, condition: string, params: Record<string, unknown>) {
  return { sql: `EXISTS (SELECT 1 FROM component_trust_summary ts WHERE ts.component_id = ${componentAlias}.id AND ${condition})`, params };
}
