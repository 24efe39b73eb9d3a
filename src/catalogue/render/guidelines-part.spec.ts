import type { GuidelineFinding } from '../../guidelines/domain/lint-types.js';
import { i18n } from '../i18n.js';
import { guidelinesSection, MAX_SHOWN_FINDINGS, type GuidelinesView } from './guidelines-part.js';

const finding = (i: number, severity: GuidelineFinding['severity'] = 'warn'): GuidelineFinding =>
  ({ rule: 'dstack-operation-summary', severity, message: `operation ${i} has no summary`, pointer: `/paths/~1a${i}/get`, line: i + 1, column: 3 });
const view = (findings: GuidelineFinding[], counts = { error: 0, warn: findings.length, info: 0, hint: 0 }): GuidelinesView =>
  ({ profile: 'dstack', profileVersion: '1.0.0', mode: 'ADVISORY', score: 71, counts, findings, lintedAt: new Date('2026-12-04T10:00:00Z') });

describe('guidelines section of the version page', () => {
  it('lists at most MAX_SHOWN_FINDINGS findings and counts the rest, including those not stored', () => {
    const out = guidelinesSection(i18n('en'), view(Array.from({ length: 250 }, (_x, i) => finding(i)), { error: 0, warn: 1300, info: 0, hint: 0 }), '/src').value;
    expect(out.match(/class="finding"/g)).toHaveLength(MAX_SHOWN_FINDINGS);
    expect(out).toContain('+1100 more findings');
    expect(out).toContain('71 / 100');
    expect(out).toContain('href="/src#L2"');
  });

  it('groups by severity in the order error, warn, info, hint and escapes messages', () => {
    const hostile = { ...finding(1, 'error'), message: '<script>alert(1)</script>' };
    const out = guidelinesSection(i18n('de'), view([finding(2, 'hint'), hostile, finding(3, 'info')], { error: 1, warn: 0, info: 1, hint: 1 }), '/src').value;
    const at = ['error', 'info', 'hint'].map((sev) => out.indexOf(`id="guidelines-${sev}"`));
    expect(at[0]).toBeGreaterThan(0);
    expect(at[1]).toBeGreaterThan(at[0]);
    expect(at[2]).toBeGreaterThan(at[1]);
    expect(out).not.toContain('id="guidelines-warn"');
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).not.toContain('guidelines-more');
  });

  it('says "not linted" without a result', () => {
    expect(guidelinesSection(i18n('de'), null, '/src').value).toContain('Nicht geprüft');
  });
});
