import { Injectable } from '@nestjs/common';
import semver from 'semver';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import type { Contract } from '../components/contract.entity.js';
import type { ComponentsRepository } from '../components/components.repository.js';
import { pickPredecessor, type CompatibilityMode } from '../components/domain/component-facts.js';
import type { ParsedContract } from '../contracts/domain/contract-types.js';
import type { DiffReport } from './engine/change.js';
import { diffDocuments } from './engine/index.js';
import { modeChecks } from './policy/index.js';
import { compareForPublish, type CompareInput, type CompareOutput, type CompatibilityOutcomeCode, type StoredReport } from './policy/compare-for-publish.js';
import { sameLine } from './policy/semver-policy.js';

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

/** Runs the comparison somewhere (the validation worker pool); inline by default. */
export type CompareRunner = (input: CompareInput) => Promise<CompareOutput>;

const KIND = { OPENAPI: 'openapi', ASYNCAPI: 'asyncapi' } as const;
const inline: CompareRunner = (input) => Promise.resolve(compareForPublish(input));

@Injectable()
export class CompatibilityService {
  /**
   * Compares a candidate with the published versions its contract's mode asks for. Called inside the
   * publish transaction (after the contract row is locked), so the predecessor is the one that exists
   * at commit time. The stored documents are read as jsonb text and diffed by `run` (the publish path
   * passes the worker pool): the main thread neither parses nor diffs them.
   */
  async evaluate(
    repo: ComponentsRepository, contract: Contract | null, parsed: ParsedContract, version: string, em?: EntityManager, run: CompareRunner = inline,
  ): Promise<CompatibilityOutcome> {
    const mode: CompatibilityMode = contract?.compatibilityMode ?? 'BACKWARD';
    const versions = contract ? await repo.listVersionStrings(contract.id, em) : [];
    const predecessor = pickPredecessor(versions, version);
    if (!contract || !predecessor) return { mode, predecessor: null, outcome: 'OK', report: null, reportJson: null, breaking: false, changelog: null };
    // Transitive modes compare with every earlier version of the same line; others with the predecessor.
    const wanted = modeChecks(mode).transitive
      ? versions.filter((v) => semver.lt(v, version) && (v === predecessor || sameLine(v, version)))
      : [predecessor];
    const earlier = await repo.findVersionDocumentsJson(contract.id, wanted, em);
    const out = await run({
      mode, kind: KIND[parsed.kind], version, predecessor, earlier, nowMs: Date.now(),
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

  /** Any two documents of one contract, e.g. two stored versions (GraphQL compareVersions). */
  compare(base: unknown, revision: unknown): DiffReport {
    return diffDocuments(base, revision, { now: new Date() });
  }
}
