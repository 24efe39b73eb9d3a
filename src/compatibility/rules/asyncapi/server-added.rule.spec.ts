import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('server-added', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('server-added', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['server-added']);
    expect(rendered(report, 'server-added')).toEqual([
      { id: 'server-added', level: 'info', pointer: '/servers/backup', operation: undefined,
        message: "server 'backup' was added" },
    ]);
    expect(report.breaking).toBe(false);
  });

  it('does not fire on the harmless neighbour', () => {
    const report = diffRuleFixture('server-added', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual(['documentation-changed']);
    expect(report.breaking).toBe(false);
  });
});
