import { exitCodeOf, textReport } from '../../src/cli/ci/ci-report.js';

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
    [res(422, { code: 'GUIDELINE_VIOLATION' }), 1],
    [res(200, { verdict: 'OK', guidelines: { blocking: true } }), 1],
    [res(200, { verdict: 'OK', guidelines: { blocking: false } }), 0],
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

describe('check report', () => {
  it('shows the guideline findings of a dry run with their positions', () => {
    const body = {
      verdict: 'OK', predecessor: null, compatibility: null,
      guidelines: { mode: 'GATE', profile: 'dstack', profileVersion: '1.0.0', score: 81, blocking: true, error: null, counts: { error: 1, warn: 0, info: 0, hint: 0 },
        findings: [{ rule: 'dstack-info-license', severity: 'error', message: 'info.license is missing', pointer: '/info', line: 2, column: 1 }] },
    };
    const sut = textReport({ command: 'check', component: 'c', contract: 'k', version: '1.0.0' }, res(200, body));
    expect(sut.split('\n').slice(1, 3)).toEqual([
      '  guidelines dstack@1.0.0 (GATE): score 81, 1 error, 0 warn, 0 info, 0 hint — a publish would be refused (GATE)',
      '    ✖ [error] dstack-info-license: info.license is missing (/info, line 2:1)',
    ]);
  });
});
