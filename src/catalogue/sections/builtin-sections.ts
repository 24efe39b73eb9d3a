import type { Contact } from '../../components/domain/component-facts.js';
import { html, type SafeHtml } from '../render/html.js';
import { href, seg } from '../render/layout.js';
import { statusBadge } from '../render/parts.js';
import type { ComponentSection, ComponentSectionContext } from './component-sections.js';

function contact(c: Contact | null, none: string): SafeHtml | string {
  if (!c) return none;
  return html`${c.name}${c.email ? html` (<a href="mailto:${c.email}">${c.email}</a>)` : ''}`;
}

export const FACTS_SECTION: ComponentSection = {
  id: 'facts', order: 10, title: (i) => i.t('component.facts'),
  render: ({ component: c, i18n }: ComponentSectionContext) => {
    const { t } = i18n;
    const none = t('component.none');
    return html`<dl class="facts">
  <dt>${t('component.owner')}</dt><dd>${c.ownerOrganisation ?? none}</dd>
  <dt>${t('component.layer')}</dt><dd><a href="${href(i18n.lang, '/', { layer: c.layer })}">${i18n.tOr(`layer.${c.layer}`, c.layer)}</a></dd>
  <dt>${t('component.lifecycle')}</dt><dd>${i18n.tOr(`lifecycle.${c.lifecycle}`, c.lifecycle)}</dd>
  <dt>${t('component.license')}</dt><dd>${c.license ?? none}</dd>
  <dt>${t('component.tags')}</dt><dd>${c.tags?.length ? html`<ul class="tags">${c.tags.map((tag) => html`<li>${tag}</li>`)}</ul>` : none}</dd>
  <dt>${t('component.roles')}</dt><dd><dl class="roles">
    <dt>${t('component.platformOwner')}</dt><dd>${contact(c.platformOwner, none)}</dd>
    <dt>${t('component.operator')}</dt><dd>${contact(c.operator, none)}</dd>
    <dt>${t('component.procedureOwner')}</dt><dd>${contact(c.procedureOwner, none)}</dd>
  </dl></dd>
  ${c.repositoryUrl ? html`<dt>${t('component.repository')}</dt><dd><a href="${c.repositoryUrl}" rel="noopener noreferrer">${c.repositoryUrl}</a></dd>` : ''}
</dl>`;
  },
};

export const CONTRACTS_SECTION: ComponentSection = {
  id: 'contracts', order: 20, title: (i) => i.t('component.contracts'),
  render: ({ component, contracts, i18n }) => {
    const { t, lang } = i18n;
    if (!contracts.length) return html`<p>${t('component.noContracts')}</p>`;
    const base = `/components/${seg(component.slug)}/contracts`;
    return html`<table>
  <thead><tr><th scope="col">${t('component.contract')}</th><th scope="col">${t('component.kind')}</th><th scope="col">${t('component.latest')}</th><th scope="col">${t('component.versions')}</th></tr></thead>
  <tbody>${contracts.map(({ contract, versions, latest, latestGuidelineScore }) => html`<tr>
    <th scope="row">${contract.name}</th>
    <td>${t(`kind.${contract.kind}`)}</td>
    <td>${latest ? html`<a href="${href(lang, `${base}/${seg(contract.name)}/versions/${seg(latest.version)}`)}">${latest.version}</a> <span class="muted">${latest.title}</span>${latestGuidelineScore != null ? html` <span class="guideline-score-badge">${t('guidelines.scoreShort', { score: latestGuidelineScore })}</span>` : ''}` : '–'}</td>
    <td><ul class="inline">${versions.map((v) => html`<li><a href="${href(lang, `${base}/${seg(contract.name)}/versions/${seg(v.version)}`)}">${v.version}</a></li>`)}</ul></td>
  </tr>`)}</tbody>
</table>`;
  },
};

export const CONFORMANCE_SECTION: ComponentSection = {
  id: 'conformance', order: 30, title: (i) => i.t('conformance.title'),
  render: ({ conformance, i18n }) => {
    const { t } = i18n;
    const r = conformance.current;
    if (!r) return html`<p>${t('conformance.none')}</p>`;
    return html`<dl class="facts">
  <dt>${t('conformance.status')}</dt><dd>${statusBadge(r.effectiveStatus, i18n)}</dd>
  <dt>${t('conformance.roles')}</dt><dd>${r.roles.join(', ')}</dd>
  <dt>${t('conformance.protocols')}</dt><dd>${r.protocols.map((p) => `${p.name} ${p.version ?? ''}`.trim()).join(', ')}</dd>
  <dt>${t('conformance.arf')}</dt><dd>${r.arfVersion}</dd>
  <dt>${t('conformance.assessor')}</dt><dd>${r.assessor ?? t('component.none')}</dd>
  <dt>${t('conformance.recordedAt')}</dt><dd>${i18n.date(r.recordedAt)}</dd>
  ${r.validUntil ? html`<dt>${t('conformance.validUntil')}</dt><dd>${i18n.date(r.validUntil)}</dd>` : ''}
</dl>
${r.staleness.stale ? html`<div class="notice notice-warning"><p>${t('conformance.stale')}</p><ul>${r.staleness.reasons.map((s) => html`<li>${s.message}</li>`)}</ul></div>` : ''}`;
  },
};

export const AUDIT_LINK_SECTION: ComponentSection = {
  id: 'audit', order: 90, title: (i) => i.t('component.audit'),
  render: ({ component, i18n }) =>
    html`<p><a href="${href(i18n.lang, `/components/${seg(component.slug)}/audit`)}">${i18n.t('audit.title', { component: component.name })}</a></p>`,
};

export const BUILTIN_SECTIONS = [FACTS_SECTION, CONTRACTS_SECTION, CONFORMANCE_SECTION, AUDIT_LINK_SECTION];
