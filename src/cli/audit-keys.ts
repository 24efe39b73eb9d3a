import { readFileSync } from 'node:fs';
import type { KeyObject } from 'node:crypto';
import { UsageError } from './commands/command.js';

// Keys for signed audit checkpoints (ADR 0004), from the environment only — never from the database:
//   REGISTRY_AUDIT_SIGNING_KEY  Ed25519 private key: PEM text, or the path of a PEM file
//   REGISTRY_AUDIT_VERIFY_KEY   optional Ed25519 public key (PEM or path) for hosts that only verify;
//                               default: the public half of REGISTRY_AUDIT_SIGNING_KEY

function pemFrom(variable: string): string | null {
  const value = process.env[variable]?.trim();
  if (!value) return null;
  if (value.startsWith('-----BEGIN')) return value;
  try {
    return readFileSync(value, 'utf8');
  } catch (err) {
    throw new UsageError(`${variable}: cannot read the key file ${value}: ${(err as Error).message}`);
  }
}

export async function signingKey(): Promise<KeyObject> {
  const pem = pemFrom('REGISTRY_AUDIT_SIGNING_KEY');
  if (!pem) throw new UsageError('REGISTRY_AUDIT_SIGNING_KEY is not set (an Ed25519 private key as PEM, or the path of a PEM file); see docs/operations.md');
  const { privateKeyFromPem } = await import('../audit/domain/audit-checkpoint.js');
  try {
    return privateKeyFromPem(pem);
  } catch (err) {
    throw new UsageError(`REGISTRY_AUDIT_SIGNING_KEY: ${(err as Error).message}`);
  }
}

export async function verificationKey(): Promise<KeyObject> {
  const { publicKeyFromPem } = await import('../audit/domain/audit-checkpoint.js');
  const pem = pemFrom('REGISTRY_AUDIT_VERIFY_KEY') ?? pemFrom('REGISTRY_AUDIT_SIGNING_KEY');
  if (!pem) throw new UsageError('verifying a checkpoint needs REGISTRY_AUDIT_VERIFY_KEY or REGISTRY_AUDIT_SIGNING_KEY; see docs/operations.md');
  try {
    return publicKeyFromPem(pem);
  } catch (err) {
    throw new UsageError(`audit verification key: ${(err as Error).message}`);
  }
}
