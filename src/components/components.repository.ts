import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import { Component } from './component.entity.js';
import type { FilterPredicate } from './component-extensions.js';
import { Contract } from './contract.entity.js';
import { ContractVersion } from './contract-version.entity.js';

export interface ComponentListFilter {
  layer?: string[];
  lifecycle?: string[];
  tags?: string[];
  ownerOrganisation?: string[];
  kind?: string[];
  text?: string;
  /** Implemented by extensions (see component-extensions.ts). */
  specVersion?: string[];
  operation?: string;
  eudiConformance?: EudiConformanceFilter;
  maturityLevel?: string[];
  /** Trust facts (issue 17), implemented by the trust module. */
  licence?: string;
  osiApproved?: boolean;
  hasSbom?: boolean;
  tr03183Compliant?: boolean;
  cryptoStatus?: string[];
  /** Newest guideline score of the (latest) version at least this (guidelines module). */
  guidelineScoreAtLeast?: number;
}

/** Criteria on a component's current EUDI conformance record (lists OR, fields AND). */
export interface EudiConformanceFilter {
  role?: string[];
  protocol?: string[];
  credentialFormat?: string[];
  status?: string[];
}

/** Columns of a version without the (possibly large) document, for listings. */
const VERSION_LIST_COLUMNS: (keyof ContractVersion)[] = [
  'id', 'contractId', 'version', 'major', 'minor', 'patch', 'prerelease', 'syntax', 'specVersion', 'sha256',
  'sizeBytes', 'title', 'description', 'documentVersion', 'operationCount', 'channelCount', 'messageCount',
  'schemaCount', 'publishedBy', 'predecessorVersion', 'createdAt',
];

@Injectable()
export class ComponentsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction('READ COMMITTED', work);
  }

  findComponentBySlug(slug: string, em: EntityManager = this.ds.manager): Promise<Component | null> {
    return em.findOne(Component, { where: { slug } });
  }

  findComponentsByIds(ids: readonly string[]): Promise<Component[]> {
    return this.ds.getRepository(Component).createQueryBuilder('c').where('c.id IN (:...ids)', { ids }).getMany();
  }

  saveComponent(component: Component, em: EntityManager = this.ds.manager): Promise<Component> {
    return em.save(Component, component);
  }

  /** Keyset page ordered by slug; `afterSlug` excludes everything up to and including it. */
  async listComponents(filter: ComponentListFilter, limit: number, afterSlug?: string, extra: FilterPredicate[] = []): Promise<Component[]> {
    const qb = this.ds.getRepository(Component).createQueryBuilder('c').orderBy('c.slug', 'ASC').limit(limit);
    for (const p of extra) qb.andWhere(p.sql, p.params);
    if (afterSlug) qb.andWhere('c.slug > :afterSlug', { afterSlug });
    if (filter.layer?.length) qb.andWhere('c.layer IN (:...layer)', { layer: filter.layer });
    if (filter.lifecycle?.length) qb.andWhere('c.lifecycle IN (:...lifecycle)', { lifecycle: filter.lifecycle });
    if (filter.tags?.length) qb.andWhere('c.tags @> :tags', { tags: filter.tags });
    if (filter.ownerOrganisation?.length) {
      qb.andWhere('c.owner_organisation IN (:...orgs)', { orgs: filter.ownerOrganisation });
    }
    if (filter.kind?.length) {
      qb.andWhere('EXISTS (SELECT 1 FROM contract k WHERE k.component_id = c.id AND k.kind IN (:...kinds))', { kinds: filter.kind });
    }
    if (filter.text) {
      const like = `%${filter.text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      qb.andWhere(new Brackets((w) => w.where('c.slug ILIKE :like', { like }).orWhere('c.name ILIKE :like').orWhere('c.description ILIKE :like')));
    }
    return qb.getMany();
  }

  findContract(componentId: string, name: string, em: EntityManager = this.ds.manager): Promise<Contract | null> {
    return em.findOne(Contract, { where: { componentId, name } });
  }

  findContractById(id: string): Promise<Contract | null> {
    return this.ds.manager.findOne(Contract, { where: { id } });
  }

  findContractsByIds(ids: readonly string[]): Promise<Contract[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.ds.getRepository(Contract).createQueryBuilder('k').where('k.id IN (:...ids)', { ids }).getMany();
  }

  findContractsByComponentIds(componentIds: readonly string[]): Promise<Contract[]> {
    return this.ds.getRepository(Contract).createQueryBuilder('k')
      .where('k.component_id IN (:...ids)', { ids: componentIds }).orderBy('k.name', 'ASC').getMany();
  }

  /** Creates the contract without a kind if absent (race-safe) and locks its row (settings before the first version). */
  async lockOrCreateContractSettings(em: EntityManager, componentId: string, name: string): Promise<Contract> {
    await em.query(`INSERT INTO contract (component_id, name) VALUES ($1, $2) ON CONFLICT (component_id, name) DO NOTHING`, [componentId, name]);
    const rows: { id: string }[] = await em.query(
      `SELECT id FROM contract WHERE component_id = $1 AND name = $2 FOR UPDATE`, [componentId, name]);
    return em.findOneOrFail(Contract, { where: { id: rows[0].id } });
  }

  saveContract(contract: Contract, em: EntityManager = this.ds.manager): Promise<Contract> {
    return em.save(Contract, contract);
  }

  /** Creates the contract if absent (race-safe) and locks its row for the rest of the transaction. */
  async lockOrCreateContract(em: EntityManager, componentId: string, name: string, kind: string): Promise<Contract> {
    await em.query(
      `INSERT INTO contract (component_id, name, kind) VALUES ($1, $2, $3) ON CONFLICT (component_id, name) DO NOTHING`,
      [componentId, name, kind],
    );
    const rows: { id: string }[] = await em.query(
      `SELECT id FROM contract WHERE component_id = $1 AND name = $2 FOR UPDATE`, [componentId, name]);
    // a contract created by setting its mode before any version has no kind yet: the first version fixes it
    await em.query(`UPDATE contract SET kind = $2 WHERE id = $1 AND kind IS NULL`, [rows[0].id, kind]);
    return em.findOneOrFail(Contract, { where: { id: rows[0].id } });
  }

  /** Version strings of a contract (cheap: used for ordering, latest and predecessor). */
  async listVersionStrings(contractId: string, em: EntityManager = this.ds.manager): Promise<string[]> {
    const rows: { version: string }[] = await em.query(`SELECT version FROM contract_version WHERE contract_id = $1`, [contractId]);
    return rows.map((r) => r.version);
  }

  findVersion(contractId: string, version: string, em: EntityManager = this.ds.manager): Promise<ContractVersion | null> {
    return em.findOne(ContractVersion, { where: { contractId, version } });
  }

  findVersionsByIds(ids: readonly string[]): Promise<ContractVersion[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.ds.getRepository(ContractVersion).createQueryBuilder('v').where('v.id IN (:...ids)', { ids }).getMany();
  }

  findVersionById(id: string): Promise<ContractVersion | null> {
    return this.ds.manager.findOne(ContractVersion, { where: { id } });
  }

  findVersionsWithDocuments(contractId: string, versions: string[], em: EntityManager = this.ds.manager): Promise<ContractVersion[]> {
    if (!versions.length) return Promise.resolve([]);
    return em.getRepository(ContractVersion).createQueryBuilder('v')
      .where('v.contract_id = :contractId AND v.version IN (:...versions)', { contractId, versions }).getMany();
  }

  /** Documents of the given versions as jsonb text (no JSON.parse on this thread; the diff runs in a worker). */
  async findVersionDocumentsJson(contractId: string, versions: string[], em: EntityManager = this.ds.manager): Promise<{ version: string; documentJson: string }[]> {
    if (!versions.length) return [];
    return em.query(`SELECT version, document::text AS "documentJson" FROM contract_version WHERE contract_id = $1 AND version = ANY($2::text[])`, [contractId, versions]);
  }

  /** All versions of the given contracts without documents, newest semver first. */
  listVersionsByContractIds(contractIds: readonly string[]): Promise<ContractVersion[]> {
    return this.ds.getRepository(ContractVersion).createQueryBuilder('v')
      .select(VERSION_LIST_COLUMNS.map((c) => `v.${c}`))
      .where('v.contract_id IN (:...ids)', { ids: contractIds })
      .orderBy('v.major', 'DESC').addOrderBy('v.minor', 'DESC').addOrderBy('v.patch', 'DESC')
      .getMany();
  }

  /** A version without its document columns (the publish path's existence check: no 10 MB jsonb parse). */
  findVersionWithoutDocument(contractId: string, version: string, em: EntityManager = this.ds.manager): Promise<ContractVersion | null> {
    return em.getRepository(ContractVersion).createQueryBuilder('v')
      .select([...VERSION_LIST_COLUMNS, 'compatibilityReport', 'changelog'].map((c) => `v.${c}`))
      .where('v.contract_id = :contractId AND v.version = :version', { contractId, version }).getOne();
  }

  // Not em.create(): TypeORM deep-merges plain objects and drops keys such as `__proto__` inside the
  // document, which are data here. The document object is stored as is.
  insertVersion(em: EntityManager, version: Partial<ContractVersion>): Promise<ContractVersion> {
    return em.save(ContractVersion, Object.assign(new ContractVersion(), version));
  }

  /**
   * Inserts a version whose document arrives already serialised (by the validation worker): the jsonb value
   * is cast from that text in SQL, so the main thread never stringifies (nor, via RETURNING, re-parses) a
   * document of up to REGISTRY_MAX_DOCUMENT_BYTES. Returns the generated id and createdAt.
   */
  async insertVersionJson(em: EntityManager, version: Omit<Partial<ContractVersion>, 'document' | 'compatibilityReport'>, documentJson: string, reportJson: string | null): Promise<{ id: string; createdAt: Date }> {
    const result = await em.createQueryBuilder().insert().into(ContractVersion)
      .values({ ...version, document: () => 'CAST(:documentJson AS jsonb)', compatibilityReport: () => 'CAST(:reportJson AS jsonb)' } as never)
      .setParameter('documentJson', documentJson)
      .setParameter('reportJson', reportJson)
      .returning(['id', 'created_at'])
      .execute();
    const row = (result.raw as { id: string; created_at: Date }[])[0];
    return { id: row.id, createdAt: row.created_at };
  }
}
