import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type QueryDeepPartialEntity } from 'typeorm';
import { RequirementRow, RequirementSetRow } from './requirement-set.entity.js';

// Keeps each multi-row INSERT well below PostgreSQL's 65535 bind parameters.
const INSERT_CHUNK = 500;

@Injectable()
export class RequirementSetsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction('READ COMMITTED', work);
  }

  findSet(name: string, version: string, em: EntityManager = this.ds.manager): Promise<RequirementSetRow | null> {
    return em.findOne(RequirementSetRow, { where: { name, version } });
  }

  /** Every stored release (without requirements), by name then semver. */
  listSets(name?: string): Promise<RequirementSetRow[]> {
    const qb = this.ds.getRepository(RequirementSetRow).createQueryBuilder('s')
      .orderBy('s.name', 'ASC').addOrderBy('s.major', 'ASC').addOrderBy('s.minor', 'ASC').addOrderBy('s.patch', 'ASC');
    if (name !== undefined) qb.where('s.name = :name', { name });
    return qb.getMany();
  }

  loadRequirements(setId: string, em: EntityManager = this.ds.manager): Promise<RequirementRow[]> {
    return em.find(RequirementRow, { where: { setId }, order: { position: 'ASC' } });
  }

  async insertSet(em: EntityManager, set: Partial<RequirementSetRow>, requirements: Partial<RequirementRow>[]): Promise<RequirementSetRow> {
    const saved = await em.save(RequirementSetRow, em.create(RequirementSetRow, set));
    for (let i = 0; i < requirements.length; i += INSERT_CHUNK) {
      const chunk = requirements.slice(i, i + INSERT_CHUNK).map((r) => ({ ...r, setId: saved.id }) as QueryDeepPartialEntity<RequirementRow>);
      await em.createQueryBuilder().insert().into(RequirementRow).values(chunk).execute();
    }
    return saved;
  }
}
