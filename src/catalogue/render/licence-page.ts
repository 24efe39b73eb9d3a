import { html, type SafeHtml } from './html.js';
import { href, layout, seg, type PageContext } from './layout.js';

export interface LicenceEntry { licence: string; osiApproved: boolean; copyleft: boolean; unknown: boolean; components: string[] }
export type LicenceFilter = { osiApproved?: boolean; unknown?: boolean; copyleft?: boolean };

/** The filters offered as plain links (no form, no script). */
const FILTERS: { key: string; filter: LicenceFilter }[] = [
  { key: 'licences.filterAll', filter: {} },
  { key: 'licences.filterOsi', filter: { osiApproved: true } },
  { key: 'licences.filterNotOsi', filter: { osiApproved: false } },
  { key: 'licences.filterUnknown', filter: { unknown: true } },
  { key: 'licences.filterCopyleft', filter: { copyleft: true } },
  { key: 'licences.filterPermissive', filter: { copyleft: false, unknown: false } },
];

const same = (a: LicenceFilter, b: LicenceFilter) => a.osiApproved === b.osiApproved && a.unknown === b.unknown && a.copyleft === b.copyleft;

export function licencePage(ctx: PageContext, filter: LicenceFilter, entries: LicenceEntry[]): SafeHtml {
  const { i18n } = ctx;
  const { t, lang } = i18n;
  const yesNo = (b: boolean) => (b ? t('trust.yes') : t('trust.no'));
  return layout(ctx, {
    title: t('licences.title'),
    breadcrumbs: [{ label: t('nav.catalogue'), href: href(lang, '/') }, { label: t('licences.title') }],
    body: html`<h1 tabindex="-1">${t('licences.title')}</h1>
<p>${t('licences.intro')}</p>
<nav aria-label="${t('licences.filters')}" class="filter-links"><ul class="inline">${FILTERS.map((f) => {
      const link = href(lang, '/licences', { osiApproved: f.filter.osiApproved?.toString(), unknown: f.filter.unknown?.toString(), copyleft: f.filter.copyleft?.toString() });
      return html`<li>${same(f.filter, filter) ? html`<a href="${link}" aria-current="page"><strong>${t(f.key)}</strong></a>` : html`<a href="${link}">${t(f.key)}</a>`}</li>`;
    })}</ul></nav>
${entries.length ? html`<table class="licence-catalogue">
<caption>${t('licences.count', { n: i18n.number(entries.length) })}</caption>
<thead><tr><th scope="col">${t('trust.licence')}</th><th scope="col">${t('trust.osiApproved')}</th><th scope="col">${t('trust.copyleft')}</th><th scope="col">${t('trust.unknownLicence')}</th><th scope="col">${t('licences.components')}</th></tr></thead>
<tbody>${entries.map((e) => html`<tr>
  <th scope="row">${e.unknown ? e.licence : html`<code>${e.licence}</code>`}</th>
  <td>${yesNo(e.osiApproved)}</td>
  <td>${yesNo(e.copyleft)}</td>
  <td>${yesNo(e.unknown)}</td>
  <td><ul class="inline">${e.components.map((c) => html`<li><a href="${href(lang, `/components/${seg(c)}`)}">${c}</a></li>`)}</ul></td>
</tr>`)}</tbody>
</table>` : html`<p>${t('licences.none')}</p>`}`,
  });
}
