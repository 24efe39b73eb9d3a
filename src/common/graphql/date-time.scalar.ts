import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

// RFC 3339 date-time (the shape, checked before Date parses it): 2026-12-04T10:00:00Z, with optional
// fraction and offset. Linear: no nested quantifiers, and the length is capped before the pattern.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/i;

function parse(value: unknown): Date {
  if (typeof value !== 'string' || value.length > 40 || !RFC3339.test(value)) {
    throw new GraphQLError('DateTime must be an RFC 3339 date-time string, e.g. 2026-12-04T10:00:00Z');
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new GraphQLError(`"${value}" is not a valid date-time`);
  return date;
}

/**
 * Replaces @nestjs/graphql's GraphQLISODateTime (same name and description, so the schema is the same),
 * which turns any string into `new Date(value)`: "not-a-date" became an Invalid Date deep inside the
 * service and ended as a 500. Here an invalid value is a 400 before any resolver runs.
 */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string');
    return parse(ast.value);
  },
  serialize: (value) => {
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
    return date && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
  },
});
