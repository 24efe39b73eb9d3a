import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('channel-added', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('channel-added', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['channel-added']);
    expect(rendered(report, 'channel-added')).toEqual([
      { id: 'channel-added', level: 'info', pointer: '/channels/fristen', operation: undefined,
        message: "channel 'fristen' was added" },
    ]);
    expect(report.breaking).toBe(false);
  });

  it('does not fire on the harmless neighbour', () => {
    const report = diffRuleFixture('channel-added', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual(['documentation-changed']);
    expect(report.breaking).toBe(false);
  });
});
