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
 * The documentation renderers and GraphiQL set styles from script (Vue/React style injection), which
 * `style-src 'self'` alone blocks; they get `'unsafe-inline'` for styles only (scripts stay 'self').
 * The AsyncAPI component validates documents with Ajv, which compiles with `new Function`: its page
 * also gets `'unsafe-eval'` (ADR 0008).
 */
export type PageKind = 'plain' | 'openapi-docs' | 'asyncapi-docs' | 'graphiql';

export function contentSecurityPolicy(kind: PageKind): string {
  const p: Record<string, string[]> = { ...BASE };
  if (kind !== 'plain') p['style-src'] = ["'self'", "'unsafe-inline'"];
  if (kind === 'asyncapi-docs') p['script-src'] = ["'self'", "'unsafe-eval'"];
  if (kind === 'graphiql') p['worker-src'] = ["'self'", 'blob:'];
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
