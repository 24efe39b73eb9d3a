import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('security-requirements-narrowed', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('security-requirements-narrowed', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['security-requirements-narrowed']);
    expect(rendered(report, 'security-requirements-narrowed')).toEqual([
      { id: 'security-requirements-narrowed', level: 'breaking', pointer: '/servers/production/security', operation: undefined,
        message: "server 'production' no longer accepts: apiKey user" },
    ]);
    expect(report.breaking).toBe(true);
  });

  it('does not fire on the harmless neighbour', () => {
    const report = diffRuleFixture('security-requirements-narrowed', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual(['security-requirements-widened']);
    expect(report.breaking).toBe(false);
  });
});
