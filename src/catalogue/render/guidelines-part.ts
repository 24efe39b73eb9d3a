import type { FindingSeverity, GuidelineFinding } from '../../guidelines/domain/lint-types.js';
import type { I18n } from '../i18n.js';
import { html, type SafeHtml } from './html.js';

/** What the version page shows of a version's newest guideline result (null: never linted, policy OFF). */
export interface GuidelinesView {
  profile: string;
  profileVersion: string;
  mode: string;
  score: number;
  counts: Record<FindingSeverity, number>;
  findings: GuidelineFinding[];
  lintedAt: Date;
}

export const SEVERITIES: readonly FindingSeverity[] = ['error', 'warn', 'info', 'hint'];
/** Findings listed on the page; the counts above them cover all. */
export const MAX_SHOWN_FINDINGS = 200;

export function scoreText(score: number): string {
  return `${score} / 100`;
}

/**
 * The "Richtlinien" section of the version page: profile, score, counts, and the findings grouped by
 * severity, each linked to its line on the `/source` page (same `#L<n>` anchors as the diff page).
 */
export function guidelinesSection(i18n: I18n, g: GuidelinesView | null, sourceHref: string): SafeHtml {
  const { t } = i18n;
  if (!g) {
    return html`<section aria-labelledby="guidelines-heading" id="guidelines">
  <h2 id="guidelines-heading">${t('guidelines.title')}</h2>
  <p data-testid="guidelines-none">${t('guidelines.notLinted')}</p>
</section>`;
  }
  const shown = g.findings.slice(0, MAX_SHOWN_FINDINGS);
  const total = SEVERITIES.reduce((n, s) => n + g.counts[s], 0);
  return html`<section aria-labelledby="guidelines-heading" id="guidelines">
  <h2 id="guidelines-heading">${t('guidelines.title')}</h2>
  <dl class="facts guideline-facts">
    <dt>${t('guidelines.score')}</dt><dd><strong class="guideline-score" data-testid="guideline-score">${scoreText(g.score)}</strong></dd>
    <dt>${t('guidelines.profile')}</dt><dd><code>${g.profile}</code> ${g.profileVersion}</dd>
    <dt>${t('guidelines.mode')}</dt><dd>${i18n.tOr(`guidelines.mode.${g.mode}`, g.mode)}</dd>
    <dt>${t('guidelines.lintedAt')}</dt><dd>${i18n.dateTime(g.lintedAt)}</dd>
    <dt>${t('guidelines.counts')}</dt><dd><ul class="inline guideline-counts">${SEVERITIES.map((s) => html`<li>${severityBadge(s, i18n)} ${g.counts[s]}</li>`)}</ul></dd>
  </dl>
  ${total === 0 ? html`<p>${t('guidelines.noFindings')}</p>` : SEVERITIES.map((s) => group(i18n, s, shown.filter((f) => f.severity === s), sourceHref))}
  ${total > shown.length ? html`<p class="muted" data-testid="guidelines-more">${t('guidelines.more', { count: total - shown.length })}</p>` : ''}
</section>`;
}

function group(i18n: I18n, severity: FindingSeverity, findings: GuidelineFinding[], sourceHref: string): SafeHtml | '' {
  const { t } = i18n;
  if (!findings.length) return '';
  return html`<section class="guideline-group guideline-${severity}" aria-labelledby="guidelines-${severity}">
  <h3 id="guidelines-${severity}">${t(`guidelines.severity.${severity}`)} <span class="count">(${findings.length})</span></h3>
  <ul class="findings">${findings.map((f) => html`<li class="finding">
    <p class="finding-message">${f.message}</p>
    <p class="finding-meta">${t('diff.rule')}: <code>${f.rule}</code> · ${t('diff.place')}: ${f.line > 0
      ? html`<a href="${sourceHref}#L${f.line}"><code>${f.pointer || '/'}</code> (${t('diff.line', { line: f.line })})</a>`
      : html`<code>${f.pointer || '/'}</code>`}</p>
  </li>`)}</ul>
</section>`;
}

export function severityBadge(severity: FindingSeverity, i18n: I18n): SafeHtml {
  return html`<span class="badge badge-guideline-${severity}">${i18n.t(`guidelines.severity.${severity}`)}</span>`;
}
