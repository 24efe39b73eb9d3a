import type { I18n } from '../i18n.js';
import { html, type SafeHtml } from './html.js';

export function statusBadge(status: string, i18n: I18n): SafeHtml {
  return html`<span class="badge badge-${status.toLowerCase().replace(/_/g, '-')}">${i18n.tOr(`status.${status}`, status)}</span>`;
}

export function levelBadge(level: 'breaking' | 'warning' | 'info', i18n: I18n): SafeHtml {
  return html`<span class="badge badge-${level}">${i18n.t(`diff.${level}`)}</span>`;
}
