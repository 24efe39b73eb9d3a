import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('security-requirements-widened', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('security-requirements-widened', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['security-requirements-widened']);
    expect(rendered(report, 'security-requirements-widened')).toEqual([
      { id: 'security-requirements-widened', level: 'info', pointer: '/servers/production/security', operation: undefined,
        message: "server 'production' also accepts: userPassword" },
    ]);
    expect(report.breaking).toBe(false);
  });

  it('does not fire on the harmless neighbour', () => {
    const report = diffRuleFixture('security-requirements-widened', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual([]);
    expect(report.breaking).toBe(false);
  });
});
