import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('documentation-changed', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('documentation-changed', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['documentation-changed', 'documentation-changed']);
    expect(rendered(report, 'documentation-changed')).toEqual([
      { id: 'documentation-changed', level: 'info', pointer: '/info/description', operation: undefined,
        message: 'info description changed' },
      { id: 'documentation-changed', level: 'info', pointer: '/components/messages/AntragEingegangen/summary', operation: 'send sendAntragEingegangen',
        message: "message 'antragEingegangen' summary changed" },
    ]);
    expect(report.breaking).toBe(false);
  });

  it('does not fire on the harmless neighbour', () => {
    const report = diffRuleFixture('documentation-changed', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual([]);
    expect(report.breaking).toBe(false);
  });
});
