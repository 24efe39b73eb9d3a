import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('channel-servers-changed', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('channel-servers-changed', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['channel-servers-changed']);
    expect(rendered(report, 'channel-servers-changed')).toEqual([
      { id: 'channel-servers-changed', level: 'breaking', pointer: '/channels/status/servers', operation: undefined,
        message: "channel 'status' is no longer available on server 'test'" },
    ]);
    expect(report.breaking).toBe(true);
  });

  it('does not fire on the harmless neighbour (the implicit "all servers" spelled out)', () => {
    const report = diffRuleFixture('channel-servers-changed', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual([]);
    expect(report.breaking).toBe(false);
  });
});
