import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Contract } from '../components/contract.entity.js';
import type { ComponentsRepository } from '../components/components.repository.js';
import { pickPredecessor, type CompatibilityMode } from '../components/domain/component-facts.js';
import type { ParsedContract } from '../contracts/domain/contract-types.js';
import type { DiffReport } from './engine/change.js';

export type CompatibilityVerdict = 'OK' | 'INCOMPATIBLE' | 'SEMVER_VIOLATION';

export interface StoredReport extends DiffReport {
  mode: CompatibilityMode;
  verdict: CompatibilityVerdict;
  predecessor: string | null;
}

export interface CompatibilityOutcome {
  mode: CompatibilityMode;
  predecessor: string | null;
  verdict: CompatibilityVerdict;
  report: StoredReport | null;
  changelog: string | null;
}

@Injectable()
export class CompatibilityService {
  async evaluate(
    repo: ComponentsRepository,
    contract: Contract | null,
    _parsed: ParsedContract,
    version: string,
    em?: EntityManager,
  ): Promise<CompatibilityOutcome> {
    const mode: CompatibilityMode = contract?.compatibilityMode ?? 'BACKWARD';
    const versions = contract ? await repo.listVersionStrings(contract.id, em) : [];
    const predecessor = pickPredecessor(versions, version);
    return { mode, predecessor, verdict: 'OK', report: null, changelog: null };
  }

  enforce(_outcome: CompatibilityOutcome): void {}
}
