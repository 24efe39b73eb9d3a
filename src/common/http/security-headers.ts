import type { RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * Security headers of every answer, in one place (helmet). API answers and raw document downloads
 * are never rendered by a browser as a page: `default-src 'none'` lets nothing load or run even if
 * one is opened directly, and `frame-ancestors 'none'` keeps them out of frames. HSTS is left to the
 * TLS-terminating proxy (the registry itself speaks plain HTTP behind it).
 *
 * HTML pages (the web catalogue, GraphiQL) set their own policy on their route with
 * `usePagePolicy(res, …)`: it overwrites the header set here before the answer is sent.
 */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** A starting point for the registry's own HTML pages: their own scripts, styles, images and API calls. */
export const PAGE_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

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

/** Replaces the strict API policy for one HTML answer (call before sending it). */
export function usePagePolicy(res: Response, csp: string = PAGE_CSP): void {
  res.setHeader('Content-Security-Policy', csp);
}
