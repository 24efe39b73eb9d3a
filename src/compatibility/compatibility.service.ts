import { Injectable } from '@nestjs/common';
import semver from 'semver';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import type { Contract } from '../components/contract.entity.js';
import type { ComponentsRepository } from '../components/components.repository.js';
import type { ParsedContract } from '../contracts/domain/contract-types.js';
import type { DiffReport } from './engine/change.js';
import { diffDocuments } from './engine/index.js';
import {
  actualBump, evaluatePublish, planComparison, renderChangelog, requiredBump,
  type AttributedChange, type Bump, type CompatibilityMode, type CompatibilityScope, type SemverPolicy,
} from './policy/index.js';
import { atLeast } from './policy/semver-policy.js';

export type CompatibilityOutcomeCode = 'OK' | 'INCOMPATIBLE' | 'SEMVER_VIOLATION';

/** What is stored with each version and returned by dry runs: the diff plus the policy verdict. */
export interface StoredReport extends Omit<DiffReport, 'changes'> {
  /** Each change names the earlier version it was found against (`against`). */
  changes: AttributedChange[];
  mode: CompatibilityMode;
  semverPolicy: SemverPolicy;
  compatibilityScope: CompatibilityScope;
  outcome: CompatibilityOutcomeCode;
  predecessor: string | null;
  /** Every version the compatibility mode compared the candidate with. */
  comparedWith: string[];
  requiredBump: Bump;
  /** INCOMPATIBLE: the breaking changes; SEMVER_VIOLATION: the changes demanding a bigger bump. */
  violations: AttributedChange[];
  /** ADVISORY semver policy: changes demanding a bigger bump than the one made (accepted anyway). */
  semverWarnings: AttributedChange[];
}

export interface CompatibilityOutcome {
  mode: CompatibilityMode;
  predecessor: string | null;
  outcome: CompatibilityOutcomeCode;
  /** null for the first version of a contract (nothing to compare with). */
  report: StoredReport | null;
  changelog: string | null;
}

/** Any two versions compared (compareVersions, REST diff): outcome and bump as if `to` followed `from`. */
export interface PairComparison {
  from: string;
  to: string;
  report: DiffReport;
  outcome: CompatibilityOutcomeCode;
  requiredBump: Bump;
  changelog: string;
}

const KIND = { OPENAPI: 'openapi', ASYNCAPI: 'asyncapi' } as const;

@Injectable()
export class CompatibilityService {
  /**
   * Compares a candidate with the published versions its contract's mode asks for (planComparison).
   * Called inside the publish transaction (after the contract row is locked), so the predecessor is the
   * one that exists at commit time.
   */
  async evaluate(
    repo: ComponentsRepository, contract: Contract | null, parsed: ParsedContract, version: string, em?: EntityManager,
  ): Promise<CompatibilityOutcome> {
    const mode: CompatibilityMode = contract?.compatibilityMode ?? 'BACKWARD';
    const scope: CompatibilityScope = contract?.compatibilityScope ?? 'MAJOR_LINE';
    const semverPolicy: SemverPolicy = contract?.semverPolicy ?? 'ENFORCED';
    const versions = contract ? await repo.listVersionStrings(contract.id, em) : [];
    const plan = planComparison(versions, version, mode, scope);
    const predecessor = plan.predecessor;
    if (!contract || !predecessor) return { mode, predecessor: null, outcome: 'OK', report: null, changelog: null };
    const wanted = [...new Set([predecessor, ...(plan.semverBase ? [plan.semverBase] : []), ...plan.targets])];
    const rows = await repo.findVersionsWithDocuments(contract.id, wanted, em);
    const result = evaluatePublish({
      mode, scope, semverPolicy, kind: KIND[parsed.kind], candidate: { version, document: parsed.document },
      earlier: rows.map((r) => ({ version: r.version, document: r.document })), plan, now: new Date(),
    });
    const report: StoredReport = {
      ...result.report, mode, semverPolicy, compatibilityScope: scope, outcome: result.outcome, predecessor,
      comparedWith: plan.targets, requiredBump: result.requiredBump, violations: result.violations, semverWarnings: result.semverWarnings,
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

  /** Any two documents of one contract, e.g. two stored versions. */
  compare(base: unknown, revision: unknown): DiffReport {
    return diffDocuments(base, revision, { now: new Date() });
  }

  /**
   * Any pair of versions (also downgrades and across majors): the diff, the bump the changes demand
   * from `from`, and the outcome a BACKWARD publish of `to` after `from` would get under an enforced
   * semver policy without line exemption (breaking → INCOMPATIBLE; too small a bump → SEMVER_VIOLATION).
   */
  comparePair(from: { version: string; document: unknown }, to: { version: string; document: unknown }): PairComparison {
    const report = this.compare(from.document, to.document);
    const required = requiredBump(report.changes, from.version);
    const made = semver.gt(to.version, from.version) ? actualBump(from.version, to.version) : 'none';
    const outcome: CompatibilityOutcomeCode = report.breaking && !atLeast(made, required) ? 'INCOMPATIBLE'
      : !atLeast(made, required) ? 'SEMVER_VIOLATION' : 'OK';
    return { from: from.version, to: to.version, report, outcome, requiredBump: required, changelog: renderChangelog(report, { from: from.version, to: to.version }) };
  }
}
