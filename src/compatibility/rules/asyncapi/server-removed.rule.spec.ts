import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('server-removed', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('server-removed', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['server-removed']);
    expect(rendered(report, 'server-removed')).toEqual([
      { id: 'server-removed', level: 'breaking', pointer: '/servers/test', operation: undefined,
        message: "server 'test' was removed" },
    ]);
    expect(report.breaking).toBe(true);
  });

  it('does not fire on the harmless neighbour', () => {
    const report = diffRuleFixture('server-removed', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual(['documentation-changed']);
    expect(report.breaking).toBe(false);
  });
});
