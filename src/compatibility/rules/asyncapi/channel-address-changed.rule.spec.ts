import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('channel-address-changed', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('channel-address-changed', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['channel-address-changed']);
    expect(rendered(report, 'channel-address-changed')).toEqual([
      { id: 'channel-address-changed', level: 'breaking', pointer: '/channels/antraege/address', operation: undefined,
        message: "channel 'antraege' address changed from 'antraege/{antragId}/eingegangen' to 'antraege/{antragId}/received'" },
    ]);
    expect(report.breaking).toBe(true);
  });

  it('does not fire on the harmless neighbour', () => {
    const report = diffRuleFixture('channel-address-changed', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual([]);
    expect(report.breaking).toBe(false);
  });
});
