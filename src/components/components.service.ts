import { Injectable } from '@nestjs/common';
import { DomainError, NotFoundError } from '../common/errors/domain-error.js';
import { Component } from './component.entity.js';
import type { Contract } from './contract.entity.js';
import type { ContractVersion } from './contract-version.entity.js';
import { ComponentsRepository, type ComponentListFilter } from './components.repository.js';
import { isStrictSemver, pickLatest, type CompatibilityMode } from './domain/component-facts.js';
import { validateComponentFields, type ComponentFields } from './domain/validate-component.js';

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
}

@Injectable()
export class ComponentsService {
  constructor(private readonly repo: ComponentsRepository) {}

  async create(input: ComponentFields & { slug: string; name: string; layer: string }): Promise<Component> {
    this.assertValid(input);
    const existing = await this.repo.findComponentBySlug(input.slug);
    if (existing) throw new DomainError('CONFLICT', `component "${input.slug}" already exists`, [{ pointer: '/slug', message: 'slug is taken' }]);
    try {
      return await this.repo.saveComponent(Object.assign(new Component(), normalise(input)));
    } catch (err) {
      if (isUniqueViolation(err)) throw new DomainError('CONFLICT', `component "${input.slug}" already exists`);
      throw err;
    }
  }

  async update(slug: string, input: ComponentFields): Promise<Component> {
    this.assertValid({ ...input, slug: undefined });
    const component = await this.getBySlug(slug);
    return this.repo.saveComponent(Object.assign(component, normalise(input)));
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
    const rows = await this.repo.listComponents(filter, first + 1, afterSlug);
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

  async setCompatibilityMode(componentSlug: string, contractName: string, mode: CompatibilityMode): Promise<Contract> {
    const { contract } = await this.getContract(componentSlug, contractName);
    contract.compatibilityMode = mode;
    return this.repo.saveContract(contract);
  }

  private assertValid(input: ComponentFields): void {
    const causes = validateComponentFields(input);
    if (causes.length) throw new DomainError('VALIDATION_FAILED', `component input is invalid: ${causes[0].message}`, causes);
  }
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
