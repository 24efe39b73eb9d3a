// The one error vocabulary of the registry. GraphQL `extensions.code` and the REST problem body's
// `code` carry exactly these names; the HTTP status of each lives here too, so both transports agree.
export const ERROR_HTTP_STATUS = {
  BAD_REQUEST: 400,
  INVALID_DOCUMENT: 422,
  SEMVER_VIOLATION: 422,
  VALIDATION_FAILED: 422,
  INCOMPATIBLE: 409,
  VERSION_EXISTS: 409,
  CONFLICT: 409,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  QUERY_TOO_COMPLEX: 400,
  GUIDELINE_VIOLATION: 422,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_HTTP_STATUS;

export function httpStatusOf(code: ErrorCode): number {
  return ERROR_HTTP_STATUS[code];
}
