import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('channel-removed', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('channel-removed', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['channel-removed']);
    expect(rendered(report, 'channel-removed')).toEqual([
      { id: 'channel-removed', level: 'breaking', pointer: '/channels/status', operation: undefined,
        message: "channel 'status' was removed" },
    ]);
    expect(report.breaking).toBe(true);
  });

  it('does not fire on the harmless neighbour', () => {
    const report = diffRuleFixture('channel-removed', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual(['documentation-changed']);
    expect(report.breaking).toBe(false);
  });
});
