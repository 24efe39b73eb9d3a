import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('server-host-changed', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('server-host-changed', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['server-host-changed']);
    expect(rendered(report, 'server-host-changed')).toEqual([
      { id: 'server-host-changed', level: 'breaking', pointer: '/servers/production/host', operation: undefined,
        message: "server 'production' moved from 'broker.example.de:8883/v1' to 'broker2.example.de:8883/v1'" },
    ]);
    expect(report.breaking).toBe(true);
  });

  it('does not fire on the harmless neighbour', () => {
    const report = diffRuleFixture('server-host-changed', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual(['documentation-changed']);
    expect(report.breaking).toBe(false);
  });
});
