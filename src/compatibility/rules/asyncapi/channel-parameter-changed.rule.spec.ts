import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('channel-parameter-changed', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('channel-parameter-changed', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['channel-parameter-changed']);
    expect(rendered(report, 'channel-parameter-changed')).toEqual([
      { id: 'channel-parameter-changed', level: 'breaking', pointer: '/channels/antraege/parameters/antragId', operation: undefined,
        message: "channel 'antraege/{antragId}/eingegangen' parameter 'antragId' no longer allows '(any value)'" },
    ]);
    expect(report.breaking).toBe(true);
  });

  it('does not fire on the harmless neighbour', () => {
    const report = diffRuleFixture('channel-parameter-changed', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual([]);
    expect(report.breaking).toBe(false);
  });
});
