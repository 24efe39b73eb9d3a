import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { sendProblem } from '../common/errors/problem-json.filter.js';
import type { ApiTokensService } from './api-tokens.service.js';
import type { AuthRepository } from './auth.repository.js';
import { ForbiddenError, UnauthenticatedError } from './auth.errors.js';
import { decideAccess, needsGrants } from './domain/access-policy.js';
import type { RegistryRequest } from './request-context.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Every REST write acts on a component (publish, dry run, evidence upload): /components/:component[/contracts/:contract].
const TARGET = /^\/components\/([^/?#]{1,200})(?:\/contracts\/([^/?#]{1,200}))?/;

/**
 * Runs before the body parsers of /api/v1: a write without a usable token, or with one that may not
 * publish to the component in the path, is answered 401/403 before a byte of its body is read (an
 * anonymous client cannot make the server buffer 10 MB). The access guard still decides afterwards,
 * with the principal resolved here (once per request).
 */
export function authenticateBeforeBody(tokens: ApiTokensService, repo: AuthRepository, anonymousRead: boolean): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!WRITE_METHODS.has(req.method)) return next();
    void (async () => {
      const r = req as RegistryRequest;
      r.principal = (await tokens.authenticate(req.headers.authorization)) ?? undefined;
      r.authChecked = true;
      const m = TARGET.exec(req.path);
      const target = { component: m ? decoded(m[1]) : undefined, contract: m?.[2] ? decoded(m[2]) : undefined };
      const principal = r.principal ?? null;
      const grants = needsGrants(principal, 'publish', target) ? await repo.rolesOn(principal!.name, target.component!) : [];
      switch (decideAccess(principal, 'publish', target, grants, anonymousRead)) {
        case 'allow':
          return next();
        case 'unauthenticated':
          throw new UnauthenticatedError();
        case 'forbidden':
          throw new ForbiddenError(target.component ? `this token may not publish to component "${target.component}"` : undefined);
      }
    })().catch((err: unknown) => {
      // The unread body is not drained: the connection closes after this answer.
      res.setHeader('Connection', 'close');
      sendProblem(res, err);
    });
  };
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // malformed escapes: the router answers the request itself
  }
}
