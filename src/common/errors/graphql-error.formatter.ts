import type { GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-error.js';
import { toErrorView } from './error-mapping.js';
import { isQueryLimitError } from '../graphql/query-limits.js';
import { httpStatusOf } from './error-code.js';

// Codes graphql-js/Apollo assign themselves for malformed operations; passed through unchanged.
const APOLLO_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST']);

function unwrap(error: unknown): unknown {
  let e = error as { originalError?: unknown };
  while (e && typeof e === 'object' && e.originalError && !(e instanceof DomainError)) e = e.originalError as typeof e;
  return e;
}

/** GraphQL errors carry the registry's error code in `extensions.code`, plus causes and details. */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrap(error);
  const existing = formatted.extensions?.code;
  if (!(original instanceof DomainError) && isQueryLimitError(formatted.message)) {
    const message = formatted.message.replace(/^Syntax Error: /, '');
    return { message, locations: formatted.locations, extensions: { code: 'QUERY_TOO_COMPLEX', status: httpStatusOf('QUERY_TOO_COMPLEX'), causes: [{ message }] } };
  }
  if (!(original instanceof DomainError) && typeof existing === 'string' && APOLLO_CODES.has(existing)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: existing === 'GRAPHQL_VALIDATION_FAILED' || existing === 'GRAPHQL_PARSE_FAILED' ? existing : 'BAD_REQUEST' } };
  }
  // Apollo's own request errors (e.g. an APQ hash that does not match the query) carry a 4xx HTTP
  // status but no code of ours: a client error, reported with Apollo's message.
  const httpStatus = (error as { extensions?: { http?: { status?: unknown } } } | null)?.extensions?.http?.status;
  if (!(original instanceof DomainError) && typeof httpStatus === 'number' && httpStatus >= 400 && httpStatus < 500) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_REQUEST', status: httpStatusOf('BAD_REQUEST'), causes: [{ message: formatted.message }] } };
  }
  const v = toErrorView(original === error || original ? original : error);
  return {
    message: v.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: {
      code: v.code,
      status: v.status,
      causes: v.causes,
      ...(v.details ? { details: v.details } : {}),
      ...(v.correlationId ? { correlationId: v.correlationId } : {}),
    },
  };
}
