import type { Response } from 'express';

// Content-Security-Policy of the catalogue's HTML pages: only the registry's own origin. Kept in this
// module and set explicitly on every catalogue response, so it composes with global API headers
// (which use `default-src 'none'` for JSON answers).
const BASE = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
};

/**
 * Measured in Chromium (ADR 0008): Scalar applies inline styles (Vue), which `style-src 'self'` blocks,
 * so the OpenAPI version page allows `'unsafe-inline'` for styles only; the AsyncAPI component
 * validates documents with Ajv, which compiles with `new Function`, so its page allows
 * `'unsafe-eval'` (no inline script anywhere). GraphiQL and every other page need neither.
 * `token-shell` is the sign-in page of the anonymous-read-off mode: the script browses every page
 * inside that one document (fetch with the bearer header), so it carries the union of the policies.
 */
export type PageKind = 'plain' | 'openapi-docs' | 'asyncapi-docs' | 'graphiql' | 'token-shell';

export function contentSecurityPolicy(kind: PageKind): string {
  const p: Record<string, string[]> = { ...BASE };
  if (kind === 'openapi-docs' || kind === 'token-shell') p['style-src'] = ["'self'", "'unsafe-inline'"];
  if (kind === 'asyncapi-docs' || kind === 'token-shell') p['script-src'] = ["'self'", "'unsafe-eval'"];
  return Object.entries(p).map(([k, v]) => `${k} ${v.join(' ')}`).join('; ');
}

export function applyHtmlSecurityHeaders(res: Response, kind: PageKind = 'plain'): void {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(kind));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cache-Control', 'private, no-cache');
  res.setHeader('Vary', 'Authorization');
}
