import { ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { toErrorView } from './error-mapping.js';

/** REST errors as RFC 7807 problem+json; the `code` is the same name GraphQL puts in extensions.code. */
@Catch()
export class ProblemJsonFilter implements ExceptionFilter {
  catch(err: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw err;
    sendProblem(host.switchToHttp().getResponse<Response>(), err);
  }
}

/** Writes an error as problem+json (also used by Express middleware that runs before Nest's routes). */
export function sendProblem(res: Response, err: unknown): void {
  const v = toErrorView(err);
  if (v.code === 'UNAVAILABLE') {
    const wait = (v.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    res.setHeader('Retry-After', typeof wait === 'number' && wait > 0 ? String(Math.ceil(wait)) : '5');
  }
  res.status(v.status).type('application/problem+json').send(JSON.stringify({
    type: `https://d-stack.example/problems/${v.code.toLowerCase().replace(/_/g, '-')}`,
    title: v.code,
    status: v.status,
    code: v.code,
    detail: v.message,
    causes: v.causes,
    ...(v.details ? { details: v.details } : {}),
    ...(v.correlationId ? { correlationId: v.correlationId } : {}),
  }));
}
