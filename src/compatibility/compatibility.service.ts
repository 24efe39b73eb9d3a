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
  actualBump, planComparison, renderChangelog, requiredBump,
  type Bump, type CompatibilityMode, type CompatibilityScope, type SemverPolicy,
} from './policy/index.js';
import { compareForPublish, type CompareInput, type CompareOutput, type CompatibilityOutcomeCode, type StoredReport } from './policy/compare-for-publish.js';
import { atLeast } from './policy/semver-policy.js';

export type { CompatibilityOutcomeCode, StoredReport } from './policy/compare-for-publish.js';

export interface CompatibilityOutcome {
  mode: CompatibilityMode;
  predecessor: string | null;
  outcome: CompatibilityOutcomeCode;
  /** null for the first version of a contract (nothing to compare with). Parsed from reportJson when read. */
  readonly report: StoredReport | null;
  /** The report as JSON text (stored as jsonb from this text), null with report. */
  reportJson: string | null;
  breaking: boolean;
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

/** Runs the comparison somewhere (the validation worker pool); inline by default. */
export type CompareRunner = (input: CompareInput) => Promise<CompareOutput>;

const KIND = { OPENAPI: 'openapi', ASYNCAPI: 'asyncapi' } as const;
const inline: CompareRunner = (input) => Promise.resolve(compareForPublish(input));

@Injectable()
export class CompatibilityService {
  /**
   * Compares a candidate with the published versions its contract's mode asks for (planComparison).
   * Called inside the publish transaction (after the contract row is locked), so the predecessor is the
   * one that exists at commit time. The stored documents are read as jsonb text and diffed by `run` (the
   * publish path passes the worker pool): the main thread neither parses nor diffs them.
   */
  async evaluate(
    repo: ComponentsRepository, contract: Contract | null, parsed: ParsedContract, version: string, em?: EntityManager, run: CompareRunner = inline,
  ): Promise<CompatibilityOutcome> {
    const mode: CompatibilityMode = contract?.compatibilityMode ?? 'BACKWARD';
    const scope: CompatibilityScope = contract?.compatibilityScope ?? 'MAJOR_LINE';
    const semverPolicy: SemverPolicy = contract?.semverPolicy ?? 'ENFORCED';
    const versions = contract ? await repo.listVersionStrings(contract.id, em) : [];
    const plan = planComparison(versions, version, mode, scope);
    const predecessor = plan.predecessor;
    if (!contract || !predecessor) return { mode, predecessor: null, outcome: 'OK', report: null, reportJson: null, breaking: false, changelog: null };
    const wanted = [...new Set([predecessor, ...(plan.semverBase ? [plan.semverBase] : []), ...plan.targets])];
    const earlier = await repo.findVersionDocumentsJson(contract.id, wanted, em);
    const out = await run({
      mode, scope, semverPolicy, kind: KIND[parsed.kind], version, plan: { ...plan, predecessor }, earlier, nowMs: Date.now(),
      candidateJson: parsed.documentJson ?? JSON.stringify(parsed.document),
    });
    let report: StoredReport | undefined;
    return {
      mode, predecessor, outcome: out.outcome, reportJson: out.reportJson, breaking: out.breaking, changelog: out.changelog,
      get report() {
        return (report ??= JSON.parse(out.reportJson) as StoredReport);
      },
    };
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
