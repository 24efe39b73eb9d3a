import { Injectable } from '@nestjs/common';
import semver from 'semver';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import type { Contract } from '../components/contract.entity.js';
import type { ComponentsRepository } from '../components/components.repository.js';
import { pickPredecessor, type CompatibilityMode } from '../components/domain/component-facts.js';
import type { ParsedContract } from '../contracts/domain/contract-types.js';
import type { Change, DiffReport } from './engine/change.js';
import { diffDocuments } from './engine/index.js';
import { evaluatePublish, modeChecks, renderChangelog, type Bump } from './policy/index.js';
import { sameLine } from './policy/semver-policy.js';

export type CompatibilityOutcomeCode = 'OK' | 'INCOMPATIBLE' | 'SEMVER_VIOLATION';

/** What is stored with each version and returned by dry runs: the diff plus the policy verdict. */
export interface StoredReport extends DiffReport {
  mode: CompatibilityMode;
  outcome: CompatibilityOutcomeCode;
  predecessor: string | null;
  requiredBump: Bump;
  /** INCOMPATIBLE: the breaking changes; SEMVER_VIOLATION: the changes demanding a bigger bump. */
  violations: Change[];
}

export interface CompatibilityOutcome {
  mode: CompatibilityMode;
  predecessor: string | null;
  outcome: CompatibilityOutcomeCode;
  /** null for the first version of a contract (nothing to compare with). */
  report: StoredReport | null;
  changelog: string | null;
}

const KIND = { OPENAPI: 'openapi', ASYNCAPI: 'asyncapi' } as const;

@Injectable()
export class CompatibilityService {
  /**
   * Compares a candidate with the published versions its contract's mode asks for. Called inside the
   * publish transaction (after the contract row is locked), so the predecessor is the one that exists
   * at commit time.
   */
  async evaluate(
    repo: ComponentsRepository, contract: Contract | null, parsed: ParsedContract, version: string, em?: EntityManager,
  ): Promise<CompatibilityOutcome> {
    const mode: CompatibilityMode = contract?.compatibilityMode ?? 'BACKWARD';
    const versions = contract ? await repo.listVersionStrings(contract.id, em) : [];
    const predecessor = pickPredecessor(versions, version);
    if (!contract || !predecessor) return { mode, predecessor: null, outcome: 'OK', report: null, changelog: null };
    // Transitive modes compare with every earlier version of the same line; others with the predecessor.
    const wanted = modeChecks(mode).transitive
      ? versions.filter((v) => semver.lt(v, version) && (v === predecessor || sameLine(v, version)))
      : [predecessor];
    const rows = await repo.findVersionsWithDocuments(contract.id, wanted, em);
    const earlier = rows.map((r) => ({ version: r.version, document: r.document }));
    const result = evaluatePublish({
      mode, kind: KIND[parsed.kind], candidate: { version, document: parsed.document },
      predecessor: earlier.find((e) => e.version === predecessor), earlier, now: new Date(),
    });
    const report: StoredReport = {
      ...result.report, mode, outcome: result.outcome, predecessor, requiredBump: result.requiredBump, violations: result.violations,
    };
    return { mode, predecessor, outcome: result.outcome, report, changelog: renderChangelog(result.report, { from: predecessor, to: version }) };
  }

  /** Turns a negative verdict into the error the publish fails with; nothing is stored then. */
  enforce(outcome: CompatibilityOutcome): void {
    const report = outcome.report;
    if (!report || outcome.outcome === 'OK') return;
    const causes = report.violations.map((c) => ({ message: c.message, pointer: c.pointer, code: c.id }));
    const details = { report: report as unknown as Record<string, unknown> };
    if (outcome.outcome === 'INCOMPATIBLE') {
      throw new DomainError('INCOMPATIBLE', `${report.violations.length} breaking change(s) against ${outcome.predecessor} are not allowed under ${outcome.mode}`, causes, details);
    }
    throw new DomainError('SEMVER_VIOLATION', `these changes need a ${report.requiredBump} version bump from ${outcome.predecessor}`, causes, details);
  }

  /** Any two documents of one contract, e.g. two stored versions (GraphQL compareVersions). */
  compare(base: unknown, revision: unknown): DiffReport {
    return diffDocuments(base, revision, { now: new Date() });
  }
}
