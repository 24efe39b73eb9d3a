import { exitCodeOf } from '../../src/cli/ci/ci-report.js';

const res = (status: number, body: Record<string, unknown> | null = null) => ({ kind: 'response' as const, status, body, attempts: 1 });

describe('CI exit codes', () => {
  it.each([
    [res(201, { created: true }), 0],
    [res(200, { created: false }), 0],
    [res(200, { verdict: 'OK' }), 0],
    [res(200, { verdict: 'INCOMPATIBLE' }), 1],
    [res(200, { verdict: 'SEMVER_VIOLATION' }), 1],
    [res(409, { code: 'INCOMPATIBLE' }), 1],
    [res(422, { code: 'SEMVER_VIOLATION' }), 1],
    [res(409, { code: 'VERSION_EXISTS' }), 1],
    [res(422, { code: 'INVALID_DOCUMENT' }), 2],
    [res(404, { code: 'NOT_FOUND' }), 2],
    [res(401, { code: 'UNAUTHENTICATED' }), 3],
    [res(403, { code: 'FORBIDDEN' }), 3],
    [res(429, { code: 'RATE_LIMITED' }), 4],
    [res(503, { code: 'UNAVAILABLE' }), 4],
    [res(502, null), 4],
    [{ kind: 'network' as const, message: 'ECONNREFUSED', attempts: 4 }, 4],
  ])('maps %j to %i', (outcome, code) => {
    expect(exitCodeOf(outcome)).toBe(code);
  });
});
