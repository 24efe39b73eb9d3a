import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('server-variable-changed', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('server-variable-changed', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['server-variable-changed']);
    expect(rendered(report, 'server-variable-changed')).toEqual([
      { id: 'server-variable-changed', level: 'breaking', pointer: '/servers/test/variables/port/enum', operation: undefined,
        message: "server 'test' variable 'port' no longer allows '1883'" },
    ]);
    expect(report.breaking).toBe(true);
  });

  it('does not fire on the harmless neighbour', () => {
    const report = diffRuleFixture('server-variable-changed', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual([]);
    expect(report.breaking).toBe(false);
  });
});
