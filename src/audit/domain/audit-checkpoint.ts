import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

// Signed checkpoints of the audit chain (issue #11, ADR 0004). The hash chain shows edits, but an
// attacker with database access can delete the newest events and move `audit_head` back, and the
// shortened chain is still consistent. A checkpoint, signed with an Ed25519 key the database never
// sees and kept outside it, records "event <seq> had hash <headHash>": a later verification against
// it detects both truncation below <seq> and any rewriting of the chain up to <seq>.

export const CHECKPOINT_TYPE = 'dstack-audit-checkpoint';

export interface AuditCheckpoint {
  type: typeof CHECKPOINT_TYPE;
  version: 1;
  seq: string;
  headHash: string;
  createdAt: string;
  /** sha256 of the public key (SPKI DER), to tell which key signed. */
  keyId: string;
  /** Ed25519 signature (base64) over `signedText(...)`. */
  signature: string;
}

/** The exact bytes signed: type, version, seq, head hash and time, unambiguous and order-fixed. */
export function signedText(c: Pick<AuditCheckpoint, 'seq' | 'headHash' | 'createdAt'>): string {
  return `${CHECKPOINT_TYPE}:v1:${c.seq}:${c.headHash}:${c.createdAt}`;
}

export function keyId(publicKey: KeyObject): string {
  return `sha256:${createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex')}`;
}

/** An Ed25519 private key from PEM text. */
export function privateKeyFromPem(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the audit signing key must be an Ed25519 key, not ${key.asymmetricKeyType}`);
  return key;
}

/** An Ed25519 public key from PEM text (a private key's PEM gives its public half). */
export function publicKeyFromPem(pem: string): KeyObject {
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the audit verification key must be an Ed25519 key, not ${key.asymmetricKeyType}`);
  return key;
}

export function signCheckpoint(head: { seq: string; headHash: string }, key: KeyObject, now: Date): AuditCheckpoint {
  const body = { seq: head.seq, headHash: head.headHash, createdAt: now.toISOString() };
  return {
    type: CHECKPOINT_TYPE, version: 1, ...body, keyId: keyId(createPublicKey(key)),
    signature: sign(null, Buffer.from(signedText(body), 'utf8'), key).toString('base64'),
  };
}

/** Parses one checkpoint (JSON); throws with a readable reason when it is not one. */
export function parseCheckpoint(text: string): AuditCheckpoint {
  const v = JSON.parse(text) as Partial<AuditCheckpoint>;
  if (!v || v.type !== CHECKPOINT_TYPE || v.version !== 1) throw new Error('not a dstack audit checkpoint (type/version)');
  if (typeof v.seq !== 'string' || !/^\d{1,19}$/.test(v.seq)) throw new Error('checkpoint seq must be a decimal string');
  if (typeof v.headHash !== 'string' || !/^[0-9a-f]{64}$/.test(v.headHash)) throw new Error('checkpoint headHash must be 64 hex characters');
  if (typeof v.createdAt !== 'string' || typeof v.signature !== 'string' || typeof v.keyId !== 'string') throw new Error('checkpoint lacks createdAt, keyId or signature');
  return v as AuditCheckpoint;
}

export function checkpointSignatureValid(c: AuditCheckpoint, publicKey: KeyObject): boolean {
  try {
    return verify(null, Buffer.from(signedText(c), 'utf8'), publicKey, Buffer.from(c.signature, 'base64'));
  } catch {
    return false;
  }
}
