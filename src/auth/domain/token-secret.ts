import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const TOKEN_PREFIX = 'dsr_';

/** A new secret: `dsr_` + base64url of 32 random bytes (256 bits). Shown once, never stored. */
export function generateTokenSecret(random: (n: number) => Buffer = randomBytes): string {
  return TOKEN_PREFIX + random(32).toString('base64url');
}

/** The only form a token is stored in (unique index; lookup by hash leaks no timing about which token matched). */
export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Constant-time comparison of two hex digests (used where a stored hash is compared directly). */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A short, non-secret label for listings: the prefix plus the first 6 characters of the random part. */
export function displayPrefix(secret: string): string {
  return secret.slice(0, TOKEN_PREFIX.length + 6);
}

/** Parses "90d", "12h", "30m" into milliseconds; null when the text is not a duration. */
export function parseDuration(text: string): number | null {
  const m = /^(\d{1,5})([dhm])$/.exec(text.trim());
  if (!m) return null;
  const unit = { d: 86_400_000, h: 3_600_000, m: 60_000 }[m[2] as 'd' | 'h' | 'm'];
  return Number(m[1]) * unit;
}

/** Extracts the secret from an `Authorization: Bearer …` header; undefined when absent, null when malformed. */
export function bearerToken(header: string | undefined): string | null | undefined {
  if (header === undefined || header === '') return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1] : null;
}
