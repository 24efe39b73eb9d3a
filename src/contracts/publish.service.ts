import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { REGISTRY_CONFIG } from '../config/config.module.js';
import type { RegistryConfig } from '../config/env.schema.js';
import type { Component } from '../components/component.entity.js';
import type { Contract } from '../components/contract.entity.js';
import { ContractVersion } from '../components/contract-version.entity.js';
import { ComponentsRepository } from '../components/components.repository.js';
import { ComponentsService } from '../components/components.service.js';
import { isKebabCase, semverParts, versionProblem } from '../components/domain/component-facts.js';
import { PublishHooks } from '../components/publish-hooks.js';
import { CompatibilityService, type CompatibilityOutcome } from '../compatibility/compatibility.service.js';
import type { ParsedContract } from './domain/contract-types.js';
import { ContractParser } from './contract-parser.js';
import { KeyedSerializer } from './domain/keyed-serializer.js';
import { GuidelinesService, type LintPlan } from '../guidelines/guidelines.service.js';
import type { GuidelineOutcome } from '../guidelines/domain/lint-types.js';

export interface PublishCommand {
  component: string;
  contract: string;
  version: string;
  bytes: Uint8Array;
  publishedBy: string;
  /** The API token behind the request, recorded in the audit event. */
  actorTokenId?: string | null;
  /** 'json' when the body was sent as application/json (it must then be JSON). */
  declaredSyntax?: 'json';
}

export interface PublishResult {
  /** false when identical bytes were already published under this version (idempotent re-publish). */
  created: boolean;
  component: Component;
  contract: Contract;
  version: ContractVersion;
}

export interface CheckResult {
  component: Component;
  kind: ParsedContract['kind'];
  outcome: CompatibilityOutcome;
  /** true when this version is already published with exactly these bytes (a publish would be a no-op). */
  alreadyPublished: boolean;
  sha256: string;
  /** Guideline findings under the effective policy (null when the policy is OFF). */
  guidelines: GuidelineCheck | null;
}

export interface GuidelineCheck {
  policy: LintPlan['policy'];
  /** Whether a publish of this document would be refused by a GATE policy. */
  blocking: boolean;
  result: GuidelineOutcome | null;
  error: string | null;
}

@Injectable()
export class PublishService {
  private readonly logger = new Logger('Publish');
  // One waiting transaction per contract and instance; the row lock still serializes across instances.
  private readonly perContract = new KeyedSerializer();

  constructor(
    private readonly repo: ComponentsRepository,
    private readonly components: ComponentsService,
    private readonly parser: ContractParser,
    private readonly compatibility: CompatibilityService,
    private readonly hooks: PublishHooks,
    private readonly guidelines: GuidelinesService,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {}

  /**
   * Validate, then store atomically. Parsing runs before the transaction (in a worker); inside it the
   * contract row is locked, so concurrent publishes of one contract serialize and each is compared
   * with the predecessor that really exists at commit time.
   */
  async publish(cmd: PublishCommand): Promise<PublishResult> {
    assertCoordinates(cmd.contract, cmd.version);
    const component = await this.components.getBySlug(cmd.component);
    const plan = await this.guidelines.planFor(component, cmd.contract);
    const parsed = await this.parser.parse(cmd.bytes, cmd.actorTokenId ?? null, cmd.declaredSyntax, plan.profile ?? undefined);
    await this.hooks.prepareAll({ component, parsed });
    const result = await this.perContract.run(`${component.id}/${cmd.contract}`, () => this.repo.transaction(async (em) => {
      const contract = await this.repo.lockOrCreateContract(em, component.id, cmd.contract, parsed.kind);
      assertSameKind(contract, parsed);
      const existing = await this.repo.findVersionWithoutDocument(contract.id, cmd.version, em);
      if (existing) return { created: false, component, contract, version: sameOrConflict(existing, parsed, cmd) };
      this.guidelines.enforce(plan, parsed);
      const version = await this.store(em, component, contract, parsed, cmd);
      return { created: true, component, contract, version };
    }));
    if (result.created) this.logger.log(`contract.published ${cmd.component}/${cmd.contract}@${cmd.version}`);
    return result;
  }

  /** Dry run: the same validation and compatibility verdict as a publish, nothing stored. */
  async check(cmd: PublishCommand): Promise<CheckResult> {
    assertCoordinates(cmd.contract, cmd.version);
    const component = await this.components.getBySlug(cmd.component);
    const plan = await this.guidelines.planFor(component, cmd.contract);
    const parsed = await this.parser.parse(cmd.bytes, cmd.actorTokenId ?? null, cmd.declaredSyntax, plan.profile ?? undefined);
    const contract = await this.repo.findContract(component.id, cmd.contract);
    if (contract) assertSameKind(contract, parsed);
    // The publish would answer VERSION_EXISTS (other bytes) or return the stored version (same bytes):
    // the dry run says exactly that instead of comparing with the predecessor.
    const existing = contract ? await this.repo.findVersion(contract.id, cmd.version) : null;
    if (existing) {
      const stored = sameOrConflict(existing, parsed, cmd);
      const report = stored.compatibilityReport as unknown as CompatibilityOutcome['report'];
      const outcome: CompatibilityOutcome = {
        mode: contract!.compatibilityMode, predecessor: stored.predecessorVersion, outcome: 'OK', report,
        reportJson: report ? JSON.stringify(report) : null, breaking: report?.breaking ?? false, changelog: stored.changelog,
      };
      return { component, kind: parsed.kind, outcome, alreadyPublished: true, sha256: stored.sha256, guidelines: guidelineCheck(this.guidelines, plan, parsed) };
    }
    const outcome = await this.compatibility.evaluate(this.repo, contract, parsed, cmd.version, undefined, (input) => this.parser.compare(input, cmd.actorTokenId ?? null));
    return { component, kind: parsed.kind, outcome, alreadyPublished: false, sha256: parsed.sha256, guidelines: guidelineCheck(this.guidelines, plan, parsed) };
  }

  private async store(em: EntityManager, component: Component, contract: Contract, parsed: ParsedContract, cmd: PublishCommand) {
    const outcome = await this.compatibility.evaluate(this.repo, contract, parsed, cmd.version, em, (input) => this.parser.compare(input, cmd.actorTokenId ?? null));
    this.compatibility.enforce(outcome);
    const fields = {
      contractId: contract.id,
      version: cmd.version,
      ...semverParts(cmd.version),
      documentText: parsed.text,
      syntax: parsed.syntax,
      specVersion: parsed.specVersion,
      sha256: parsed.sha256,
      sizeBytes: cmd.bytes.byteLength,
      title: parsed.summary.title,
      description: parsed.summary.description,
      documentVersion: parsed.summary.documentVersion,
      operationCount: parsed.summary.operations,
      channelCount: parsed.summary.channels,
      messageCount: parsed.summary.messages,
      schemaCount: parsed.summary.schemas,
      publishedBy: cmd.publishedBy,
      predecessorVersion: outcome.predecessor,
      changelog: outcome.changelog,
    };
    // The worker serialised the document; inline parses (CLI, tests) are serialised here.
    const stored = await this.repo.insertVersionJson(em, fields, parsed.documentJson ?? JSON.stringify(parsed.document), outcome.reportJson);
    const version = Object.assign(new ContractVersion(), fields, stored);
    // read lazily: nothing on the publish path needs the parsed document again
    Object.defineProperty(version, 'document', { enumerable: true, configurable: true, get: () => parsed.document });
    Object.defineProperty(version, 'compatibilityReport', { enumerable: true, configurable: true, get: () => outcome.report as unknown as Record<string, unknown> | null });
    await this.hooks.runAll(em, { component, contract, version, parsed, breaking: outcome.breaking, actorTokenId: cmd.actorTokenId ?? null });
    return version;
  }
}

function guidelineCheck(service: GuidelinesService, plan: LintPlan, parsed: ParsedContract): GuidelineCheck | null {
  if (plan.policy.mode === 'OFF') return null;
  let blocking = false;
  try {
    service.enforce({ ...plan, policy: { ...plan.policy, mode: 'GATE' } }, parsed);
  } catch {
    blocking = plan.policy.mode === 'GATE';
  }
  if (parsed.guidelines) parsed.guidelines.mode = plan.policy.mode;
  return { policy: plan.policy, blocking, result: parsed.guidelines ?? null, error: parsed.guidelinesError ?? null };
}

function assertCoordinates(contract: string, version: string): void {
  if (!isKebabCase(contract)) {
    throw new DomainError('VALIDATION_FAILED', `contract name "${contract}" must be kebab-case`, [{ pointer: '/contract', message: 'must be kebab-case' }]);
  }
  const problem = versionProblem(version);
  if (problem !== null) {
    throw new DomainError('VALIDATION_FAILED', `version "${version.slice(0, 140)}" is not a valid registry version: ${problem}`, [{ pointer: '/version', message: problem }]);
  }
}

function assertSameKind(contract: Contract, parsed: ParsedContract): void {
  if (contract.kind !== null && contract.kind !== parsed.kind) {
    throw new DomainError('INVALID_DOCUMENT', `contract "${contract.name}" holds ${contract.kind} documents; this document is ${parsed.kind}`, [
      { pointer: '', message: `expected a ${contract.kind} document` },
    ]);
  }
}

function sameOrConflict(existing: ContractVersion, parsed: ParsedContract, cmd: PublishCommand): ContractVersion {
  if (existing.sha256 === parsed.sha256) return existing;
  throw new DomainError('VERSION_EXISTS', `version ${cmd.version} of ${cmd.component}/${cmd.contract} already exists with different content; published versions are immutable`, [], {
    existingSha256: existing.sha256,
    uploadedSha256: parsed.sha256,
  });
}
