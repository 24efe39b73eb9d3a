import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { GovernanceProfileRow, GuidelineLintJobRow, GuidelinePolicyRow, GuidelineResultRow, type GuidelineMode, type PolicyScope } from './guideline-rows.entity.js';
import type { GuidelineOutcome } from './domain/lint-types.js';

export interface PolicyKey {
  scope: PolicyScope;
  componentId: string | null;
  contractName: string | null;
}

@Injectable()
export class GuidelinesRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction('READ COMMITTED', work);
  }

  listProfiles(): Promise<GovernanceProfileRow[]> {
    return this.ds.getRepository(GovernanceProfileRow).find({ order: { name: 'ASC', major: 'ASC', minor: 'ASC', patch: 'ASC', createdAt: 'ASC' } });
  }

  findProfile(name: string, version: string, em: EntityManager = this.ds.manager): Promise<GovernanceProfileRow | null> {
    return em.findOne(GovernanceProfileRow, { where: { name, version } });
  }

  /** The highest release (no pre-release) of a profile, else the highest pre-release. */
  async latestProfile(name: string, em: EntityManager = this.ds.manager): Promise<GovernanceProfileRow | null> {
    return em.getRepository(GovernanceProfileRow).createQueryBuilder('p').where('p.name = :name', { name })
      .orderBy('(p.prerelease IS NULL)', 'DESC').addOrderBy('p.major', 'DESC').addOrderBy('p.minor', 'DESC').addOrderBy('p.patch', 'DESC').addOrderBy('p.createdAt', 'DESC')
      .getOne();
  }

  /** Inserts a profile version unless the name+version exists (then the existing row is returned). */
  async insertProfile(em: EntityManager, row: Omit<GovernanceProfileRow, 'id' | 'createdAt'>): Promise<{ row: GovernanceProfileRow; created: boolean }> {
    const inserted: { id: string }[] = await em.query(
      `INSERT INTO governance_profile (name, version, major, minor, patch, prerelease, sha256, source_text, definition, description, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (name, version) DO NOTHING RETURNING id`,
      [row.name, row.version, row.major, row.minor, row.patch, row.prerelease, row.sha256, row.sourceText, JSON.stringify(row.definition), row.description, row.createdBy]);
    const found = await em.findOneOrFail(GovernanceProfileRow, { where: { name: row.name, version: row.version } });
    return { row: found, created: inserted.length > 0 };
  }

  findPolicies(keys: PolicyKey[]): Promise<GuidelinePolicyRow[]> {
    const qb = this.ds.getRepository(GuidelinePolicyRow).createQueryBuilder('p');
    keys.forEach((k, i) => {
      const where = `(p.scope = :s${i} AND p.component_id IS NOT DISTINCT FROM :c${i} AND p.contract_name IS NOT DISTINCT FROM :n${i})`;
      qb.orWhere(where, { [`s${i}`]: k.scope, [`c${i}`]: k.componentId, [`n${i}`]: k.contractName });
    });
    return qb.getMany();
  }

  async findPolicy(em: EntityManager, key: PolicyKey): Promise<GuidelinePolicyRow | null> {
    return em.getRepository(GuidelinePolicyRow).createQueryBuilder('p')
      .where('p.scope = :s AND p.component_id IS NOT DISTINCT FROM :c AND p.contract_name IS NOT DISTINCT FROM :n', { s: key.scope, c: key.componentId, n: key.contractName })
      .setLock('pessimistic_write').getOne();
  }

  async upsertPolicy(em: EntityManager, key: PolicyKey, mode: GuidelineMode, profileName: string, profileVersion: string | null, by: string): Promise<GuidelinePolicyRow> {
    await em.query(
      `INSERT INTO guideline_policy (scope, component_id, contract_name, mode, profile_name, profile_version, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (scope, COALESCE(component_id, '00000000-0000-0000-0000-000000000000'), COALESCE(contract_name, ''))
       DO UPDATE SET mode = EXCLUDED.mode, profile_name = EXCLUDED.profile_name, profile_version = EXCLUDED.profile_version,
                     updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [key.scope, key.componentId, key.contractName, mode, profileName, profileVersion, by]);
    return (await this.findPolicy(em, key)) as GuidelinePolicyRow;
  }

  /** Stores a version's result for one profile version; a later lint of the same pair replaces it. */
  async saveResult(em: EntityManager, versionId: string, outcome: GuidelineOutcome, mode: GuidelineMode, jobId: string | null): Promise<void> {
    await em.query(
      `INSERT INTO guideline_result (version_id, profile_name, profile_version, mode, score, errors, warnings, infos, hints, findings, truncated, job_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (version_id, profile_name, profile_version) DO UPDATE SET mode = EXCLUDED.mode, score = EXCLUDED.score,
         errors = EXCLUDED.errors, warnings = EXCLUDED.warnings, infos = EXCLUDED.infos, hints = EXCLUDED.hints,
         findings = EXCLUDED.findings, truncated = EXCLUDED.truncated, job_id = EXCLUDED.job_id, linted_at = now()`,
      [versionId, outcome.profile, outcome.profileVersion, mode, outcome.score, outcome.counts.error, outcome.counts.warn, outcome.counts.info,
        outcome.counts.hint, JSON.stringify(outcome.findings), outcome.truncated, jobId]);
  }

  /** All results of the given versions, newest first per version. */
  resultsOf(versionIds: readonly string[]): Promise<GuidelineResultRow[]> {
    if (versionIds.length === 0) return Promise.resolve([]);
    return this.ds.getRepository(GuidelineResultRow).createQueryBuilder('r').where('r.version_id IN (:...ids)', { ids: versionIds })
      .orderBy('r.linted_at', 'DESC').addOrderBy('r.id', 'DESC').getMany();
  }

  createJob(profileName: string, profileVersion: string, total: number, by: string): Promise<GuidelineLintJobRow> {
    const repo = this.ds.getRepository(GuidelineLintJobRow);
    return repo.save(repo.create({ profileName, profileVersion, state: 'QUEUED', total, done: 0, failed: 0, error: null, createdBy: by, finishedAt: null }));
  }

  findJob(id: string): Promise<GuidelineLintJobRow | null> {
    return this.ds.getRepository(GuidelineLintJobRow).findOne({ where: { id } });
  }

  async updateJob(id: string, patch: Partial<Pick<GuidelineLintJobRow, 'state' | 'done' | 'failed' | 'error' | 'finishedAt' | 'total'>>): Promise<void> {
    await this.ds.getRepository(GuidelineLintJobRow).update({ id }, patch);
  }

  /** Jobs a crashed process left behind (run again on start). */
  unfinishedJobs(): Promise<GuidelineLintJobRow[]> {
    return this.ds.getRepository(GuidelineLintJobRow).find({ where: [{ state: 'QUEUED' }, { state: 'RUNNING' }], order: { createdAt: 'ASC' } });
  }

  /** Ids of every stored version of the given kinds (re-lint targets), oldest first. */
  async versionIds(kinds: string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT v.id FROM contract_version v JOIN contract k ON k.id = v.contract_id WHERE k.kind = ANY($1) ORDER BY v.created_at, v.id`, [kinds]);
    return rows.map((r) => r.id);
  }

  async versionText(id: string): Promise<{ documentText: string } | null> {
    const rows: { document_text: string }[] = await this.ds.query('SELECT document_text FROM contract_version WHERE id = $1', [id]);
    return rows[0] ? { documentText: rows[0].document_text } : null;
  }
}

/** WHERE fragment: the version's newest guideline result has at least this score. */
export function scoreAtLeastSql(versionExpr: string): string {
  return `(SELECT gr.score FROM guideline_result gr WHERE gr.version_id = ${versionExpr} ORDER BY gr.linted_at DESC, gr.id DESC LIMIT 1) >= :gScoreAtLeast`;
}
