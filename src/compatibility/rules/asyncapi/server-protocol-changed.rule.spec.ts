import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('server-protocol-changed', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('server-protocol-changed', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['server-protocol-changed']);
    expect(rendered(report, 'server-protocol-changed')).toEqual([
      { id: 'server-protocol-changed', level: 'breaking', pointer: '/servers/production/protocolVersion', operation: undefined,
        message: "server 'production' protocol version changed from '5' to '3.1.1'" },
    ]);
    expect(report.breaking).toBe(true);
  });

  it('does not fire on the harmless neighbour', () => {
    const report = diffRuleFixture('server-protocol-changed', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual([]);
    expect(report.breaking).toBe(false);
  });
});
