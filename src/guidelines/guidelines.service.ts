import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { parse as parseYaml } from 'yaml';
import { AuditService } from '../audit/audit.service.js';
import { DomainError, NotFoundError } from '../common/errors/domain-error.js';
import { REGISTRY_CONFIG } from '../config/config.module.js';
import type { RegistryConfig } from '../config/env.schema.js';
import type { Component } from '../components/component.entity.js';
import { ComponentsService } from '../components/components.service.js';
import { isKebabCase, isStrictSemver, semverParts } from '../components/domain/component-facts.js';
import { PublishHooks } from '../components/publish-hooks.js';
import type { ParsedContract } from '../contracts/domain/contract-types.js';
import { dstackProfile, resolvedDstack } from './domain/dstack-profile.js';
import type { GuidelineOutcome } from './domain/lint-types.js';
import { extendsEntries, SPECTRAL_BUILTINS, validateProfileDefinition, type ProfileDefinition, type ProfileProblem, type ResolvedProfile, type SpectralBuiltin } from './domain/profile-definition.js';
import { buildRuleset } from './domain/run-lint.js';
import type { GovernanceProfileRow, GuidelineMode, GuidelinePolicyRow, PolicyScope } from './guideline-rows.entity.js';
import { guidelineViolation, invalidProfile, lintFailed } from './guidelines.errors.js';
import { GuidelinesRepository, type PolicyKey } from './guidelines.repository.js';

export interface ProfileView {
  name: string;
  version: string;
  description: string | null;
  builtIn: boolean;
  sha256: string;
  createdBy: string;
  createdAt: Date | null;
  definition: ProfileDefinition;
}

export interface EffectivePolicy {
  mode: GuidelineMode;
  profile: string;
  /** null: the newest version of the profile. */
  profileVersion: string | null;
  /** Where the policy comes from: CONTRACT, COMPONENT, REGISTRY or DEFAULT (environment). */
  source: PolicyScope | 'DEFAULT';
}

/** What a publish or dry run does about guidelines: the policy and, unless OFF, the resolved profile. */
export interface LintPlan {
  policy: EffectivePolicy;
  profile: ResolvedProfile | null;
}

export interface SetPolicyCommand {
  component?: string | null;
  contract?: string | null;
  mode: GuidelineMode;
  profile?: string | null;
  profileVersion?: string | null;
  actor: string;
  actorTokenId?: string | null;
}

const MAX_PROFILE_BYTES = 256 * 1024;
const MAX_EXTENDS_DEPTH = 8;

@Injectable()
export class GuidelinesService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Guidelines');

  constructor(
    private readonly repo: GuidelinesRepository,
    private readonly components: ComponentsService,
    private readonly hooks: PublishHooks,
    private readonly audit: AuditService,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {}

  onModuleInit(): void {
    // The result is stored in the publish transaction: a version and its guideline result exist together.
    this.hooks.register('guidelines', async (em, e) => {
      const outcome = e.parsed.guidelines;
      if (outcome) await this.repo.saveResult(em, e.version.id, outcome, outcome.mode ?? 'ADVISORY', null);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    // An in-process job does not survive a restart; say so instead of leaving it RUNNING forever.
    for (const job of await this.repo.unfinishedJobs().catch(() => [])) {
      await this.repo.updateJob(job.id, { state: 'FAILED', error: 'interrupted by a restart; start the re-lint again', finishedAt: new Date() });
    }
  }

  // ---- profiles -------------------------------------------------------------------------------------

  async listProfiles(): Promise<ProfileView[]> {
    const d = dstackProfile();
    const builtIn: ProfileView = { name: d.name, version: d.version, description: d.description, builtIn: true, sha256: sha256(d.text), createdBy: 'registry', createdAt: null, definition: d.definition };
    return [builtIn, ...(await this.repo.listProfiles()).map(view)];
  }

  async uploadProfile(name: string, version: string, text: string, actor: string, actorTokenId: string | null = null): Promise<{ profile: ProfileView; created: boolean }> {
    const problems: ProfileProblem[] = [];
    if (!isKebabCase(name) || name.length > 63) problems.push({ pointer: '/name', message: 'must be kebab-case, at most 63 characters' });
    if (name === dstackProfile().name) problems.push({ pointer: '/name', message: `"${name}" is a built-in profile` });
    if (!isStrictSemver(version)) problems.push({ pointer: '/version', message: 'must be a strict semantic version, e.g. 1.0.0' });
    if (Buffer.byteLength(text, 'utf8') > MAX_PROFILE_BYTES) throw new DomainError('PAYLOAD_TOO_LARGE', `a profile has at most ${MAX_PROFILE_BYTES} bytes`);
    const doc = parseProfileText(text, problems);
    if (doc !== undefined) problems.push(...validateProfileDefinition(doc).map((p) => ({ pointer: `/document${p.pointer}`, message: p.message })));
    if (problems.length > 0) throw invalidProfile(problems);
    const definition = await this.pinExtends(doc as ProfileDefinition, problems);
    if (problems.length === 0) {
      try {
        buildRuleset(await this.resolveDefinition(name, version, definition, 0));
      } catch (err) {
        problems.push(...spectralProblems(err));
      }
    }
    if (problems.length > 0) throw invalidProfile(problems);
    const digest = sha256(text);
    return this.repo.transaction(async (em) => {
      const { row, created } = await this.repo.insertProfile(em, {
        name, version, ...semverParts(version), sha256: digest, sourceText: text, definition, description: definition.description ?? null, createdBy: actor,
      });
      if (!created && row.sha256 !== digest) {
        throw new DomainError('VERSION_EXISTS', `profile ${name}@${version} already exists with different content; profile versions are immutable`, [], { existingSha256: row.sha256, uploadedSha256: digest });
      }
      if (created) {
        await this.audit.append(em, {
          actor, actorTokenId, action: 'governance-profile.uploaded', subjectType: 'governance_profile', subject: `${name}@${version}`,
          before: null, after: { name, version, sha256: digest }, details: { sha256: digest },
        });
      }
      return { profile: view(row), created };
    });
  }

  /** The profile a policy names, resolved (version null: the newest). NOT_FOUND when it does not exist. */
  async resolveProfile(name: string, version: string | null): Promise<ResolvedProfile> {
    if (name === dstackProfile().name) {
      if (version !== null && version !== dstackProfile().version) throw new NotFoundError(`governance profile ${name}@${version}`);
      return resolvedDstack();
    }
    const row = version === null ? await this.repo.latestProfile(name) : await this.repo.findProfile(name, version);
    if (!row) throw new NotFoundError(`governance profile ${name}${version ? `@${version}` : ''}`);
    return this.resolveDefinition(row.name, row.version, row.definition, 0);
  }

  private async resolveDefinition(name: string, version: string, def: ProfileDefinition, depth: number): Promise<ResolvedProfile> {
    if (depth > MAX_EXTENDS_DEPTH) throw new DomainError('VALIDATION_FAILED', `profile ${name}@${version}: extends nests deeper than ${MAX_EXTENDS_DEPTH}`);
    const targets: ResolvedProfile['extends'] = [];
    for (const { ref, mode } of extendsEntries(def)) {
      if (SPECTRAL_BUILTINS.includes(ref as SpectralBuiltin)) {
        targets.push({ target: ref as SpectralBuiltin, mode });
        continue;
      }
      const [refName, refVersion] = ref.split('@');
      targets.push({ target: await this.resolveProfile(refName, refVersion ?? null), mode });
    }
    return { name, version, formats: def.formats, rules: def.rules, extends: targets };
  }

  // `extends: [other]` is stored as `other@<its newest version>`, so a stored profile never changes meaning
  // (and can never come to extend itself through a later upload).
  private async pinExtends(def: ProfileDefinition, problems: ProfileProblem[]): Promise<ProfileDefinition> {
    const pinned: ProfileDefinition['extends'] = [];
    for (const [i, { ref, mode }] of extendsEntries(def).entries()) {
      if (SPECTRAL_BUILTINS.includes(ref as SpectralBuiltin)) {
        pinned.push([ref, mode]);
        continue;
      }
      const [refName, refVersion] = ref.split('@');
      try {
        const resolved = await this.resolveProfile(refName, refVersion ?? null);
        pinned.push([`${resolved.name}@${resolved.version}`, mode]);
      } catch {
        problems.push({ pointer: `/document/extends/${i}`, message: `profile "${ref}" is not stored in this registry (only stored profiles, dstack, spectral:oas and spectral:asyncapi can be extended)` });
      }
    }
    return def.extends === undefined ? def : { ...def, extends: pinned };
  }

  // ---- policies -------------------------------------------------------------------------------------

  /** Effective policy: contract → component → registry default → environment default. */
  async effectivePolicy(componentId: string, contractName: string): Promise<EffectivePolicy> {
    const rows = await this.repo.findPolicies([
      { scope: 'CONTRACT', componentId, contractName },
      { scope: 'COMPONENT', componentId, contractName: null },
      { scope: 'REGISTRY', componentId: null, contractName: null },
    ]);
    for (const scope of ['CONTRACT', 'COMPONENT', 'REGISTRY'] as const) {
      const row = rows.find((r) => r.scope === scope);
      if (row) return { mode: row.mode, profile: row.profileName, profileVersion: row.profileVersion, source: scope };
    }
    return { mode: this.config.REGISTRY_GUIDELINE_POLICY, profile: this.config.REGISTRY_GUIDELINE_PROFILE, profileVersion: null, source: 'DEFAULT' };
  }

  async effectivePolicyFor(componentSlug: string | null, contractName: string | null): Promise<EffectivePolicy> {
    if (!componentSlug) {
      const [row] = await this.repo.findPolicies([{ scope: 'REGISTRY', componentId: null, contractName: null }]);
      return row ? { mode: row.mode, profile: row.profileName, profileVersion: row.profileVersion, source: 'REGISTRY' }
        : { mode: this.config.REGISTRY_GUIDELINE_POLICY, profile: this.config.REGISTRY_GUIDELINE_PROFILE, profileVersion: null, source: 'DEFAULT' };
    }
    const component = await this.components.getBySlug(componentSlug);
    return this.effectivePolicy(component.id, contractName ?? '\u0000');
  }

  async planFor(component: Component, contractName: string): Promise<LintPlan> {
    const policy = await this.effectivePolicy(component.id, contractName);
    if (policy.mode === 'OFF') return { policy, profile: null };
    return { policy, profile: await this.resolveProfile(policy.profile, policy.profileVersion) };
  }

  /** Marks the outcome with the mode it was produced under; a GATE refuses error-level findings. */
  enforce(plan: LintPlan, parsed: ParsedContract): void {
    if (parsed.guidelines) parsed.guidelines.mode = plan.policy.mode;
    if (plan.policy.mode !== 'GATE') return;
    if (parsed.guidelinesError !== undefined) throw lintFailed(plan.policy.profile, parsed.guidelinesError);
    if (parsed.guidelines && parsed.guidelines.counts.error > 0) throw guidelineViolation(parsed.guidelines);
  }

  async setPolicy(cmd: SetPolicyCommand): Promise<{ policy: GuidelinePolicyRow; component: string | null }> {
    if (cmd.contract && !cmd.component) throw new DomainError('VALIDATION_FAILED', 'a contract policy needs its component', [{ pointer: '/component', message: 'required with contract' }]);
    if (cmd.contract && !isKebabCase(cmd.contract)) throw new DomainError('VALIDATION_FAILED', `contract name "${cmd.contract}" must be kebab-case`, [{ pointer: '/contract', message: 'must be kebab-case' }]);
    const component = cmd.component ? await this.components.getBySlug(cmd.component) : null;
    const profileName = cmd.profile ?? this.config.REGISTRY_GUIDELINE_PROFILE;
    const profileVersion = cmd.profileVersion ?? null;
    await this.resolveProfile(profileName, profileVersion);
    const key: PolicyKey = component
      ? cmd.contract ? { scope: 'CONTRACT', componentId: component.id, contractName: cmd.contract } : { scope: 'COMPONENT', componentId: component.id, contractName: null }
      : { scope: 'REGISTRY', componentId: null, contractName: null };
    const policy = await this.repo.transaction(async (em) => {
      const before = await this.repo.findPolicy(em, key);
      const after = await this.repo.upsertPolicy(em, key, cmd.mode, profileName, profileVersion, cmd.actor);
      await this.audit.append(em, {
        actor: cmd.actor, actorTokenId: cmd.actorTokenId ?? null, action: 'guideline-policy.set', subjectType: 'guideline_policy',
        subject: component ? `${component.slug}${cmd.contract ? `/${cmd.contract}` : ''}` : 'registry', component: component?.slug ?? null,
        before: before && policyState(before), after: policyState(after), details: { scope: key.scope, mode: cmd.mode, profile: profileName, profileVersion },
      });
      return after;
    });
    return { policy, component: component?.slug ?? null };
  }

  // ---- results --------------------------------------------------------------------------------------

  resultsOf(versionIds: readonly string[]) {
    return this.repo.resultsOf(versionIds);
  }
}

function parseProfileText(text: string, problems: ProfileProblem[]): unknown {
  try {
    // The yaml library's defaults cap alias expansion; the text itself is capped above.
    return parseYaml(text, { maxAliasCount: 100, uniqueKeys: true });
  } catch (err) {
    problems.push({ pointer: '/document', message: `not valid YAML or JSON: ${(err as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

// Spectral's own ruleset validation, as pointer + message problems.
function spectralProblems(err: unknown): ProfileProblem[] {
  const list = (err as { errors?: unknown[] }).errors ?? [err];
  return list.map((e) => {
    const path = (e as { path?: (string | number)[] }).path ?? [];
    return { pointer: `/document${path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')}`, message: (e as Error).message ?? String(e) };
  });
}

function view(row: GovernanceProfileRow): ProfileView {
  return { name: row.name, version: row.version, description: row.description, builtIn: false, sha256: row.sha256, createdBy: row.createdBy, createdAt: row.createdAt, definition: row.definition };
}

function policyState(p: GuidelinePolicyRow) {
  return { mode: p.mode, profile: p.profileName, profileVersion: p.profileVersion };
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export type { GuidelineOutcome };
