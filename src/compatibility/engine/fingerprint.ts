// Stable finding fingerprints, shared by the CLI (ignore files, SARIF, GitLab) and the server (reviews).
// Pure: node:crypto only. The algorithm is versioned; see docs/ci.md "Finding fingerprints".
import { createHash } from 'node:crypto';
import type { Change } from './change.js';

/** Current algorithm version; bump it (and keep the old one readable) when the inputs change. */
export const FINGERPRINT_VERSION = 1;

/**
 * Fingerprint v1: `fp1_` + the first 20 hex digits (80 bits) of
 * sha256("fp1\n" + kind + "\n" + ruleId + "\n" + operation + "\n" + pointer + "\n" + message).
 * Inputs are what identifies a finding independent of the file layout: no line numbers, no
 * language (the English message is canonical; it carries the values, e.g. which enum value). The
 * pointer is the JSON pointer into the revision (base for removals), so unrelated edits elsewhere in
 * the document keep the fingerprint.
 */
export function fingerprintOf(kind: 'openapi' | 'asyncapi', change: Pick<Change, 'id' | 'operation' | 'pointer' | 'message'>): string {
  const input = ['fp1', kind, change.id, change.operation ?? '', change.pointer, change.message].join('\n');
  return `fp1_${createHash('sha256').update(input, 'utf8').digest('hex').slice(0, 20)}`;
}

/** Matches the fingerprint shape of any version (used to validate ignore files). */
export const FINGERPRINT_SHAPE = /^fp[0-9]{1,3}_[0-9a-f]{20}$/;
