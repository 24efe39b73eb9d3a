import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ParsedContract } from '../contracts/domain/contract-types.js';
import type { Component } from './component.entity.js';
import type { Contract } from './contract.entity.js';
import type { ContractVersion } from './contract-version.entity.js';

export interface VersionPublishedEvent {
  component: Component;
  contract: Contract;
  version: ContractVersion;
  parsed: ParsedContract;
  /** The compatibility report stored with the version (null for a first version). */
  breaking: boolean;
  /** The API token the publish was made with (null for seeding and operator tooling). */
  actorTokenId?: string | null;
}

/**
 * Work other modules do inside the publish transaction (search index, audit event, conformance
 * staleness). A hook that throws rolls the whole publish back: a version is complete or absent.
 */
export type PublishHook = (em: EntityManager, event: VersionPublishedEvent) => Promise<void>;

/** What is known before the publish transaction starts: the parsed upload and its component. */
export interface PublishPreparedEvent {
  component: Component;
  parsed: ParsedContract;
}

/**
 * Work before the publish transaction, outside it (own short statements, no connection held while waiting):
 * for shared, append-only data whose rows other tenants' publishes lock too (the search vocabulary).
 * Must be harmless when the publish then fails.
 */
export type PublishPrepareHook = (event: PublishPreparedEvent) => Promise<void>;

/**
 * When a hook runs: `last` hooks run after all others. The audit hook is `last` because its `audit_head`
 * row lock is shared by every write of every instance: taken as late as possible, it is held only for the
 * append and the commit, never while this publish writes its index rows.
 */
export type PublishHookPhase = 'normal' | 'last';

@Injectable()
export class PublishHooks {
  private readonly hooks: { name: string; run: PublishHook; phase: PublishHookPhase }[] = [];
  private readonly prepareHooks: { name: string; run: PublishPrepareHook }[] = [];

  registerPrepare(name: string, run: PublishPrepareHook): void {
    this.prepareHooks.push({ name, run });
  }

  async prepareAll(event: PublishPreparedEvent): Promise<void> {
    for (const hook of this.prepareHooks) await hook.run(event);
  }

  register(name: string, run: PublishHook, phase: PublishHookPhase = 'normal'): void {
    this.hooks.push({ name, run, phase });
    // stable: registration order within a phase
    this.hooks.sort((a, b) => Number(a.phase === 'last') - Number(b.phase === 'last'));
  }

  /** Hook names in the order they run (for tests and docs). */
  order(): string[] {
    return this.hooks.map((h) => h.name);
  }

  async runAll(em: EntityManager, event: VersionPublishedEvent): Promise<void> {
    for (const hook of this.hooks) await hook.run(em, event);
  }
}
