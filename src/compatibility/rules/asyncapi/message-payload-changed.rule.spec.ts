import { diffRuleFixture, rendered } from '../../../../test/support/asyncapi-fixtures.js';

describe('message-payload', () => {
  it('fires on the breaking pair with exactly these changes', () => {
    const report = diffRuleFixture('message-payload', 'revision');
    expect(report.changes.map((c) => c.id)).toEqual(['message-payload-required-property-added', 'message-payload-required-property-removed']);
    expect(rendered(report, 'message-payload')).toEqual([
      { id: 'message-payload-required-property-added', level: 'breaking', pointer: '/components/schemas/Bescheid/properties/aktenzeichen', operation: 'receive receiveBescheid',
        message: "payload of message 'bescheidErstellt' 'Bescheid': new required property 'aktenzeichen'" },
      { id: 'message-payload-required-property-removed', level: 'breaking', pointer: '/components/schemas/Antrag/properties/id', operation: 'send sendAntragEingegangen',
        message: "payload of message 'antragEingegangen' 'Antrag': required property 'id' was removed" },
    ]);
    expect(report.breaking).toBe(true);
  });

  it('does not fire on the harmless neighbour', () => {
    const report = diffRuleFixture('message-payload', 'neighbour');
    expect(report.changes.map((c) => c.id)).toEqual(['message-payload-property-became-optional', 'message-payload-property-added']);
    expect(report.breaking).toBe(false);
  });
});
