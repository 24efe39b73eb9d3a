// The standalone CLI bundle as the registry serves it: bytes, sha256 and a strong ETag. Read once.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { projectPath } from '../common/project-path.js';

export interface CliBundle {
  bytes: Buffer;
  sha256: string;
  etag: string;
}

/** `npm run build` writes it; undefined when the bundle was not built. */
export function loadCliBundle(path = projectPath('dist', 'cli', 'contract-registry.mjs')): CliBundle | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { bytes, sha256, etag: `"${sha256}"` };
}

/** RFC 9110 If-None-Match (strong comparison is fine for GET): `*`, or a list containing our tag. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.slice(0, 2000).split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}
