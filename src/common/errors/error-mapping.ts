import { randomUUID } from 'node:crypto';
import { HttpException, Logger } from '@nestjs/common';
import { DomainError, type ErrorCause } from './domain-error.js';
import { httpStatusOf, type ErrorCode } from './error-code.js';

/** The transport-neutral shape of any error the registry reports. */
export interface ErrorView {
  code: ErrorCode;
  status: number;
  message: string;
  causes: ErrorCause[];
  details?: Record<string, unknown>;
  correlationId?: string;
}

const logger = new Logger('Errors');

const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '53300']);

function isDatabaseUnavailable(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { code?: string; message?: string; driverError?: unknown };
  if (e.code && CONNECTION_ERRORS.has(e.code)) return true;
  if (/Connection terminated|connection timeout|timeout exceeded when trying to connect|Connection is not established/i.test(e.message ?? '')) return true;
  return e.driverError ? isDatabaseUnavailable(e.driverError) : false;
}

const HTTP_EXCEPTION_CODES: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE', 429: 'RATE_LIMITED', 503: 'UNAVAILABLE',
};

/** Nest HTTP exceptions (thrown by guards and pipes of libraries, e.g. the rate limiter). */
function fromHttpException(err: HttpException): ErrorView {
  const status = err.getStatus();
  const code = HTTP_EXCEPTION_CODES[status] ?? (status >= 500 ? 'INTERNAL' : 'BAD_REQUEST');
  return { code, status, message: err.message, causes: [] };
}

/** Body-parser and Express errors carry `type`/`status`; map the ones users can cause. */
function fromHttpLayer(err: unknown): ErrorView | null {
  const e = err as { type?: string; status?: number; message?: string; limit?: number };
  if (e?.type === 'entity.too.large') {
    return view('PAYLOAD_TOO_LARGE', `request body exceeds the limit of ${e.limit} bytes`);
  }
  if (e?.type === 'entity.parse.failed') return view('BAD_REQUEST', 'request body is not valid JSON');
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') return view('UNSUPPORTED_MEDIA_TYPE', e.message ?? 'unsupported encoding');
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500 && e.type) return view('BAD_REQUEST', e.message ?? 'bad request');
  return null;
}

function view(code: ErrorCode, message: string, causes: ErrorCause[] = [], details?: Record<string, unknown>): ErrorView {
  return { code, status: httpStatusOf(code), message, causes, details };
}

/**
 * One mapping for both transports. Unknown errors become INTERNAL with a correlation id; their
 * stack goes to the log, never to the client (no SQL, no internals in responses).
 */
// SQLSTATE class 22 ("data exception") is always about a value the client sent: a NUL character in
// a text, a number out of range for its column, an unparsable date. A 400, never a 500.
const DATA_EXCEPTION_MESSAGES: Record<string, string> = {
  '22021': 'text must not contain NUL characters (\\u0000) or invalid UTF-8',
  '22P05': 'text contains a character the database cannot store',
  '22003': 'a number is out of range',
  '22007': 'a date or time is not valid',
  '22008': 'a date or time is out of range',
};

function fromDataException(err: unknown): ErrorView | null {
  const e = err as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = typeof e?.code === 'string' ? e.code : typeof e?.driverError?.code === 'string' ? e.driverError.code : undefined;
  if (!code || !code.startsWith('22')) return null;
  return view('BAD_REQUEST', DATA_EXCEPTION_MESSAGES[code] ?? 'a value in the request cannot be stored or compared (invalid data)');
}

export function toErrorView(err: unknown): ErrorView {
  if (err instanceof DomainError) return view(err.code, err.message, err.causes, err.details);
  if (err instanceof HttpException) return fromHttpException(err);
  const http = fromHttpLayer(err);
  if (http) return http;
  if (isDatabaseUnavailable(err)) return view('UNAVAILABLE', 'the registry database is unavailable; retry shortly');
  const data = fromDataException(err);
  if (data) return data;
  const correlationId = randomUUID();
  logger.error(`unexpected error ${correlationId}: ${(err as Error)?.stack ?? String(err)}`);
  return { ...view('INTERNAL', `internal error (correlation id ${correlationId})`), correlationId };
}
