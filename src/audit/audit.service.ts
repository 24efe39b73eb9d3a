import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity.js';
import { AuditRepository, type AuditFilter } from './audit.repository.js';
import { ChainVerifier, eventHash, stateDigest, type BrokenLink } from './domain/audit-chain.js';

/** What a module reports about one write. `before`/`after` are the subject's states (digested, not stored). */
export interface AuditInput {
  actor: string;
  actorTokenId?: string | null;
  /** dotted verb, e.g. `contract.published`, `component.updated`, `role.granted`, `token.revoked`. */
  action: string;
  subjectType: string;
  subject: string;
  component?: string | null;
  before?: unknown;
  after?: unknown;
  details?: Record<string, unknown>;
}

/** Who performs a write: a Principal fits, and so does `{ name: 'example-seeder' }`. */
export interface AuditActor {
  name: string;
  tokenId?: string | null;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  headSeq: string;
  broken: BrokenLink | null;
}

const VERIFY_BATCH = 1000;

@Injectable()
export class AuditService {
  /** Injected clock (tests may replace it). Milliseconds only, so the stored timestamp round-trips. */
  clock: () => Date = () => new Date();

  constructor(private readonly repo: AuditRepository) {}

  /**
   * Appends one event to the chain, inside the caller's transaction (`em`): the head row is locked,
   * so concurrent writers queue here and the event commits or rolls back with the write it records.
   */
  async append(em: EntityManager, input: AuditInput): Promise<AuditEvent> {
    const head = await this.repo.lockHead(em);
    const event = Object.assign(new AuditEvent(), {
      seq: (BigInt(head.lastSeq) + 1n).toString(),
      occurredAt: this.clock(),
      actor: input.actor,
      actorTokenId: input.actorTokenId ?? null,
      action: input.action,
      subjectType: input.subjectType,
      subject: input.subject,
      component: input.component ?? null,
      beforeDigest: stateDigest(input.before),
      afterDigest: stateDigest(input.after),
      details: input.details ?? {},
      prevHash: head.lastHash,
    });
    event.hash = eventHash(event);
    await this.repo.append(em, event);
    return event;
  }

  /** The current head, for a checkpoint (the caller verifies the chain first). */
  head(): Promise<{ lastSeq: string; lastHash: string }> {
    return this.repo.head();
  }

  list(filter: AuditFilter, limit: number, beforeSeq?: string): Promise<AuditEvent[]> {
    return this.repo.list(filter, limit, beforeSeq);
  }

  /**
   * Walks the whole chain in seq order and reports the first broken link. With signed checkpoints
   * (already checked for their signature), the chain must also pass through each of them.
   */
  async verify(checkpoints: readonly { seq: string; headHash: string }[] = []): Promise<ChainVerification> {
    const verifier = new ChainVerifier(checkpoints);
    let after = '0';
    for (;;) {
      const batch = await this.repo.scan(after, VERIFY_BATCH);
      for (const e of batch) {
        if (verifier.add(e)) break;
      }
      if (verifier.broken || batch.length < VERIFY_BATCH) break;
      after = batch[batch.length - 1].seq;
    }
    const head = await this.repo.head();
    const broken = verifier.finish(head);
    return { ok: !broken, checked: verifier.checked, headSeq: head.lastSeq, broken };
  }
}
