import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('message-added', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('message-added', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['message-added']);
    expect(rendered(report, 'message-added')).toEqual([
      { id: 'message-added', level: 'warning', pointer: '/channels/antraege/messages/antragGeaendert', operation: 'send sendAntragEingegangen',
        message: "message 'antragGeaendert' was added to 'send sendAntragEingegangen'" },
    ]);
    expect(report.breaking).toBe(false);
  });

  it('does not fire on the harmless neighbour', () => {
    const report = diffRuleFixture('message-added', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual(['documentation-changed']);
    expect(report.breaking).toBe(false);
  });
});
