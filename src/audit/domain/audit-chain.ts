import { createHash } from 'node:crypto';

// Tamper evidence: every audit event stores the hash of its predecessor and its own hash over a
// canonical JSON form of all its fields. Editing, deleting or reordering a row breaks a link.

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level; Dates as ISO strings; undefined dropped. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value));
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : normalise(v)));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = normalise(v);
    }
    return out;
  }
  return value;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** before/after digest of a subject's state: sha256 of its canonical JSON (null when absent). */
export function stateDigest(state: unknown): string | null {
  return state === null || state === undefined ? null : sha256Hex(canonicalJson(state));
}

/** The fields an event's hash covers. `seq` is a decimal string (bigint in the database). */
export interface ChainedEvent {
  seq: string;
  occurredAt: Date;
  actor: string;
  actorTokenId: string | null;
  action: string;
  subjectType: string;
  subject: string;
  component: string | null;
  beforeDigest: string | null;
  afterDigest: string | null;
  details: Record<string, unknown>;
  prevHash: string;
}

export function eventHash(e: ChainedEvent): string {
  return sha256Hex(canonicalJson({
    seq: e.seq, occurredAt: e.occurredAt, actor: e.actor, actorTokenId: e.actorTokenId, action: e.action,
    subjectType: e.subjectType, subject: e.subject, component: e.component, beforeDigest: e.beforeDigest,
    afterDigest: e.afterDigest, details: e.details, prevHash: e.prevHash,
  }));
}

export interface BrokenLink {
  seq: string;
  reason: 'PREV_HASH_MISMATCH' | 'HASH_MISMATCH' | 'SEQUENCE_GAP' | 'HEAD_MISMATCH' | 'CHECKPOINT_MISMATCH' | 'TRUNCATED';
  message: string;
}

/**
 * Incremental verifier: feed events in seq order, then `finish` with the head row. Returns the first
 * broken link (the earliest point from which the chain can no longer be trusted).
 */
export class ChainVerifier {
  private prevHash = GENESIS_HASH;
  private prevSeq = 0n;
  checked = 0;
  broken: BrokenLink | null = null;
  /** seq → head hash from signed checkpoints (audit-checkpoint.ts): the chain must pass through each. */
  private readonly checkpoints = new Map<bigint, string>();

  constructor(checkpoints: readonly { seq: string; headHash: string }[] = []) {
    for (const c of checkpoints) this.checkpoints.set(BigInt(c.seq), c.headHash);
  }

  add(e: ChainedEvent & { hash: string }): BrokenLink | null {
    if (this.broken) return this.broken;
    const seq = BigInt(e.seq);
    if (seq !== this.prevSeq + 1n) {
      return (this.broken = { seq: e.seq, reason: 'SEQUENCE_GAP', message: `event ${e.seq} follows ${this.prevSeq}: events are missing` });
    }
    if (e.prevHash !== this.prevHash) {
      return (this.broken = { seq: e.seq, reason: 'PREV_HASH_MISMATCH', message: `event ${e.seq} does not point at the hash of event ${this.prevSeq}` });
    }
    if (eventHash(e) !== e.hash) {
      return (this.broken = { seq: e.seq, reason: 'HASH_MISMATCH', message: `event ${e.seq} was modified after it was written` });
    }
    const expected = this.checkpoints.get(seq);
    if (expected !== undefined && expected !== e.hash) {
      return (this.broken = { seq: e.seq, reason: 'CHECKPOINT_MISMATCH', message: `event ${e.seq} differs from the signed checkpoint: the chain was rewritten up to here` });
    }
    this.prevHash = e.hash;
    this.prevSeq = seq;
    this.checked++;
    return null;
  }

  finish(head: { lastSeq: string; lastHash: string }): BrokenLink | null {
    if (this.broken) return this.broken;
    const beyond = [...this.checkpoints.keys()].filter((s) => s > this.prevSeq).sort((a, b) => (a < b ? -1 : 1));
    if (beyond.length) {
      this.broken = { seq: String(this.prevSeq), reason: 'TRUNCATED', message: `the chain ends at event ${this.prevSeq} but a signed checkpoint records event ${beyond.at(-1)}: events were removed` };
      return this.broken;
    }
    if (BigInt(head.lastSeq) !== this.prevSeq || head.lastHash !== this.prevHash) {
      this.broken = { seq: head.lastSeq, reason: 'HEAD_MISMATCH', message: `the chain ends at event ${this.prevSeq} but the head records event ${head.lastSeq}: events were removed or the head was altered` };
    }
    return this.broken;
  }
}
