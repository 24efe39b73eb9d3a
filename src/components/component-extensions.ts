import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import type { Component } from './component.entity.js';
import type { ComponentListFilter } from './components.repository.js';

/** Work other modules do when a component is created or updated (inside the same transaction). */
export type ComponentSavedHook = (em: EntityManager, component: Component) => Promise<void>;

/**
 * Where a filter predicate applies. `component` is the SQL alias of the component row; `versionId`
 * is an SQL expression for one contract version (search hits) or null (component listings: the
 * predicate holds when any latest version of any of the component's contracts satisfies it).
 */
export interface FilterScope {
  component: string;
  versionId: string | null;
}

/** A WHERE fragment with TypeORM named parameters (names must be unique per extension). */
export interface FilterPredicate {
  sql: string;
  params: Record<string, unknown>;
}

export interface ComponentFilterExtension {
  name: string;
  /** Filter fields this extension implements. */
  handles: ExtensionFilterField[];
  build(filter: ComponentListFilter, scope: FilterScope): FilterPredicate[];
}

// Filter fields implemented by other modules. EXTENSION POINT: `eudiConformance` and `maturityLevel`
// are part of the API already; the conformance module registers a ComponentFilterExtension for them.
// Until then a request using them fails with BAD_REQUEST instead of silently ignoring the filter.
export const EXTENSION_FILTER_FIELDS = [
  'specVersion', 'operation', 'eudiConformance', 'maturityLevel', 'licence', 'osiApproved', 'hasSbom', 'tr03183Compliant', 'cryptoStatus',
  'guidelineScoreAtLeast',
] as const;
export type ExtensionFilterField = (typeof EXTENSION_FILTER_FIELDS)[number];

@Injectable()
export class ComponentExtensions {
  private readonly savedHooks: { name: string; run: ComponentSavedHook }[] = [];
  private readonly filters: ComponentFilterExtension[] = [];

  onSaved(name: string, run: ComponentSavedHook): void {
    this.savedHooks.push({ name, run });
  }

  async runSaved(em: EntityManager, component: Component): Promise<void> {
    for (const hook of this.savedHooks) await hook.run(em, component);
  }

  registerFilter(extension: ComponentFilterExtension): void {
    this.filters.push(extension);
  }

  /** Predicates for the extension fields set in `filter`; BAD_REQUEST for a field nobody implements. */
  predicates(filter: ComponentListFilter, scope: FilterScope): FilterPredicate[] {
    for (const field of EXTENSION_FILTER_FIELDS) {
      const value = filter[field];
      const set = Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null;
      if (set && !this.filters.some((f) => f.handles.includes(field))) {
        throw new DomainError('BAD_REQUEST', `filter "${field}" is not available on this registry yet`, [{ pointer: `/filter/${field}`, message: 'not implemented' }]);
      }
    }
    return this.filters.flatMap((f) => f.build(filter, scope));
  }
}
