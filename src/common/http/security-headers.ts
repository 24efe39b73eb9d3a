import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers of every answer, in one place (helmet). API answers and raw document downloads
 * are never rendered by a browser as a page: `default-src 'none'` lets nothing load or run even if
 * one is opened directly, and `frame-ancestors 'none'` keeps them out of frames. HSTS is left to the
 * TLS-terminating proxy (the registry itself speaks plain HTTP behind it).
 *
 * HTML pages (the web catalogue, GraphiQL) set their own policy per page kind with
 * `applyHtmlSecurityHeaders` (catalogue/security-headers.ts): it overwrites the header set here.
 */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"], 'base-uri': ["'none'"], 'form-action': ["'none'"] } },
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: false,
    // Downloads may be fetched by other origins' tools (CORS decides that, not this header).
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
}
