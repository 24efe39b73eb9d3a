import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('message-correlation-id-changed', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('message-correlation-id-changed', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['message-correlation-id-changed']);
    expect(rendered(report, 'message-correlation-id-changed')).toEqual([
      { id: 'message-correlation-id-changed', level: 'breaking', pointer: '/components/messages/AntragEingegangen/correlationId', operation: 'send sendAntragEingegangen',
        message: "message 'antragEingegangen' correlation id moved from '$message.header#/correlationId' to '$message.payload#/id'" },
    ]);
    expect(report.breaking).toBe(true);
  });

  it('does not fire on the harmless neighbour', () => {
    const report = diffRuleFixture('message-correlation-id-changed', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual([]);
    expect(report.breaking).toBe(false);
  });
});
