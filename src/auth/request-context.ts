import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { Principal } from './domain/access-policy.js';

/** The request as both transports see it, with what the access guard resolved. */
export type RegistryRequest = Request & { principal?: Principal; authChecked?: boolean; authError?: unknown };

/** Request, response and arguments of a REST route or a GraphQL operation. */
export function requestOf(ctx: ExecutionContext): { req: RegistryRequest; res: Response; args: Record<string, unknown> } {
  if (ctx.getType<string>() === 'graphql') {
    const gql = GqlExecutionContext.create(ctx);
    const req = gql.getContext<{ req: RegistryRequest }>().req;
    return { req, res: req.res as Response, args: gql.getArgs() };
  }
  const http = ctx.switchToHttp();
  const req = http.getRequest<RegistryRequest>();
  return { req, res: http.getResponse<Response>(), args: { ...(req.query as Record<string, unknown>), ...req.params } };
}

/** Reads `input.component`-style paths; only string values count. */
export function pickArg(args: Record<string, unknown>, path: string | undefined): string | undefined {
  if (!path) return undefined;
  let cur: unknown = args;
  for (const key of path.split('.')) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return typeof cur === 'string' ? cur : undefined;
}

export function principalOf(req: Request): Principal | undefined {
  return (req as RegistryRequest).principal;
}
