import { Injectable } from '@nestjs/common';
import { AuditService, type AuditActor } from '../audit/audit.service.js';
import { DomainError, NotFoundError } from '../common/errors/domain-error.js';
import { Component } from './component.entity.js';
import type { Contract } from './contract.entity.js';
import type { ContractVersion } from './contract-version.entity.js';
import { ComponentsRepository, type ComponentListFilter } from './components.repository.js';
import { ComponentExtensions } from './component-extensions.js';
import { isKebabCase, isStrictSemver, pickLatest, type CompatibilityMode, type CompatibilityScope, type SemverPolicy } from './domain/component-facts.js';
import { validateComponentFields, type ComponentFields } from './domain/validate-component.js';

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
}

@Injectable()
export class ComponentsService {
  constructor(
    private readonly repo: ComponentsRepository,
    private readonly audit: AuditService,
    private readonly extensions: ComponentExtensions,
  ) {}

  async create(input: ComponentFields & { slug: string; name: string; layer: string }, actor: AuditActor = SYSTEM): Promise<Component> {
    this.assertValid(input);
    const existing = await this.repo.findComponentBySlug(input.slug);
    if (existing) throw new DomainError('CONFLICT', `component "${input.slug}" already exists`, [{ pointer: '/slug', message: 'slug is taken' }]);
    try {
      return await this.repo.transaction(async (em) => {
        const saved = await this.repo.saveComponent(Object.assign(new Component(), normalise(input)), em);
        await this.audit.append(em, auditOf(actor, 'component.created', saved.slug, null, componentState(saved)));
        await this.extensions.runSaved(em, saved);
        return saved;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new DomainError('CONFLICT', `component "${input.slug}" already exists`);
      throw err;
    }
  }

  async update(slug: string, input: ComponentFields, actor: AuditActor = SYSTEM): Promise<Component> {
    this.assertValid({ ...input, slug: undefined });
    return this.repo.transaction(async (em) => {
      const component = await this.repo.findComponentBySlug(slug, em);
      if (!component) throw new NotFoundError(`component "${slug}"`);
      const before = componentState(component);
      const saved = await this.repo.saveComponent(Object.assign(component, normalise(input)), em);
      await this.audit.append(em, auditOf(actor, 'component.updated', slug, before, componentState(saved)));
      // Saved-hooks (e.g. search reindexing of the component's fields) run in the same transaction.
      await this.extensions.runSaved(em, saved);
      return saved;
    });
  }

  async getBySlug(slug: string): Promise<Component> {
    const c = await this.repo.findComponentBySlug(slug);
    if (!c) throw new NotFoundError(`component "${slug}"`);
    return c;
  }

  findBySlug(slug: string): Promise<Component | null> {
    return this.repo.findComponentBySlug(slug);
  }

  async list(filter: ComponentListFilter, first: number, afterSlug?: string): Promise<Page<Component>> {
    const extra = this.extensions.predicates(filter, { component: 'c', versionId: null });
    const rows = await this.repo.listComponents(filter, first + 1, afterSlug, extra);
    return { items: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  async getContract(componentSlug: string, contractName: string): Promise<{ component: Component; contract: Contract }> {
    const component = await this.getBySlug(componentSlug);
    const contract = await this.repo.findContract(component.id, contractName);
    if (!contract) throw new NotFoundError(`contract "${contractName}" of component "${componentSlug}"`);
    return { component, contract };
  }

  /** Resolves `latest` (highest semver without pre-release) or an exact version, with its document. */
  async getVersion(componentSlug: string, contractName: string, version: string): Promise<ContractVersion> {
    const { contract } = await this.getContract(componentSlug, contractName);
    const wanted = version === 'latest' ? pickLatest(await this.repo.listVersionStrings(contract.id)) : version;
    if (wanted !== 'latest' && wanted !== null && !isStrictSemver(wanted)) {
      throw new DomainError('BAD_REQUEST', `"${version}" is neither "latest" nor a semantic version`);
    }
    const found = wanted ? await this.repo.findVersion(contract.id, wanted) : null;
    if (!found) throw new NotFoundError(`version "${version}" of contract "${componentSlug}/${contractName}"`);
    return found;
  }

  /** Sets the mode; creates the contract (without a kind) when no version exists yet. Owner-only, audited. */
  setCompatibilityMode(componentSlug: string, contractName: string, mode: CompatibilityMode, actor: AuditActor = SYSTEM): Promise<Contract> {
    return this.setContractSetting(componentSlug, contractName, 'compatibilityMode', mode, 'contract.compatibility_mode_set', actor);
  }

  setSemverPolicy(componentSlug: string, contractName: string, policy: SemverPolicy, actor: AuditActor = SYSTEM): Promise<Contract> {
    return this.setContractSetting(componentSlug, contractName, 'semverPolicy', policy, 'contract.semver_policy_set', actor);
  }

  setCompatibilityScope(componentSlug: string, contractName: string, scope: CompatibilityScope, actor: AuditActor = SYSTEM): Promise<Contract> {
    return this.setContractSetting(componentSlug, contractName, 'compatibilityScope', scope, 'contract.compatibility_scope_set', actor);
  }

  private async setContractSetting<K extends 'compatibilityMode' | 'semverPolicy' | 'compatibilityScope'>(
    componentSlug: string, contractName: string, key: K, value: Contract[K], action: string, actor: AuditActor,
  ): Promise<Contract> {
    if (!isKebabCase(contractName)) {
      throw new DomainError('VALIDATION_FAILED', `contract name "${contractName}" must be kebab-case`, [{ pointer: '/contract', message: 'must be kebab-case' }]);
    }
    const component = await this.getBySlug(componentSlug);
    return this.repo.transaction(async (em) => {
      const contract = await this.repo.lockOrCreateContractSettings(em, component.id, contractName);
      const before = { [key]: contract[key] };
      contract[key] = value;
      const saved = await this.repo.saveContract(contract, em);
      await this.audit.append(em, {
        ...auditOf(actor, action, componentSlug, before, { [key]: value }),
        subjectType: 'contract', subject: `${componentSlug}/${contractName}`, details: { from: before[key], to: value },
      });
      return saved;
    });
  }

  private assertValid(input: ComponentFields): void {
    const causes = validateComponentFields(input);
    if (causes.length) throw new DomainError('VALIDATION_FAILED', `component input is invalid: ${causes[0].message}`, causes);
  }
}

const SYSTEM: AuditActor = { name: 'system' };

function componentState(c: Component): Record<string, unknown> {
  const { createdAt: _c, updatedAt: _u, contracts: _k, ...state } = c;
  return state;
}

function auditOf(actor: AuditActor, action: string, slug: string, before: unknown, after: unknown) {
  return { actor: actor.name, actorTokenId: actor.tokenId || null, action, subjectType: 'component', subject: slug, component: slug, before, after };
}

function normalise(input: ComponentFields): Partial<Component> {
  const out: Partial<Component> = {};
  for (const [k, v] of Object.entries(input)) {
    if (v !== undefined) (out as Record<string, unknown>)[k] = typeof v === 'string' ? v.trim() : v;
  }
  if (input.tags) out.tags = [...new Set(input.tags)];
  return out;
}

export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: string }).code === '23505';
}
