import type { Component } from '../../components/component.entity.js';
import type { Contract } from '../../components/contract.entity.js';
import type { ContractVersion } from '../../components/contract-version.entity.js';
import type { DiffReport } from '../../compatibility/engine/change.js';
import type { LocatedChange } from '../catalogue.service.js';
import { html, type SafeHtml } from './html.js';
import { href, layout, seg, type PageContext } from './layout.js';
import { compareForm, elementAnchor, versionBase } from './version-page.js';

export interface DiffView {
  component: Component;
  contract: Contract;
  from: ContractVersion;
  to: ContractVersion;
  report: DiffReport;
  changes: LocatedChange[];
  versions: ContractVersion[];
}

const LEVELS = ['breaking', 'warning', 'info'] as const;

function joinParts(parts: (SafeHtml | null)[]): SafeHtml[] {
  return parts.filter((p): p is SafeHtml => p !== null).map((p, i) => (i ? html` · ${p}` : p));
}

export function diffPage(ctx: PageContext, view: DiffView): SafeHtml {
  const { i18n } = ctx;
  const { t, lang } = i18n;
  const { component: c, contract: k, from, to, report } = view;
  const base = versionBase(c.slug, k.name);
  const versionHref = (v: ContractVersion, hash = '') => `${href(lang, `${base}/versions/${seg(v.version)}`)}${hash}`;
  const sourceHref = (v: ContractVersion, line: number) => `${href(lang, `${base}/versions/${seg(v.version)}/source`)}#L${line}`;
  const group = (level: (typeof LEVELS)[number]) => {
    const items = view.changes.filter((ch) => ch.level === level);
    return html`<section class="diff-group diff-${level}" aria-labelledby="diff-${level}">
<h2 id="diff-${level}">${t(`diff.${level}`)} <span class="count">(${items.length})</span></h2>
${items.length === 0 ? html`<p>${t('diff.none')}</p>` : html`<ul class="findings">${items.map((ch) => {
      const doc = ch.side === 'to' ? to : from;
      return html`<li class="finding">
  <p class="finding-message">${ch.message}</p>
  <p class="finding-meta">${joinParts([
    ch.operation ? html`${t('diff.operation')}: <a href="${versionHref(doc, `#${elementAnchor(ch.operation)}`)}"><code>${ch.operation}</code></a>${ch.affectedOperations?.length
      ? html` (${t('diff.alsoAffects')} ${ch.affectedOperations.map((o, i) => html`${i ? ', ' : ''}<a href="${versionHref(doc, `#${elementAnchor(o)}`)}"><code>${o}</code></a>`)})` : ''}` : null,
    html`${t('diff.place')}: ${ch.line ? html`<a href="${sourceHref(doc, ch.line)}"><code>${ch.pointer || '/'}</code> (${doc.version}, ${t('diff.line', { line: ch.line })})</a>` : html`<code>${ch.pointer || '/'}</code>`}`,
    html`${t('diff.rule')}: <code>${ch.id}</code>`,
  ])}</p>
</li>`;
    })}</ul>`}
</section>`;
  };
  return layout(ctx, {
    title: t('diff.title', { contract: k.name, from: from.version, to: to.version }),
    breadcrumbs: [
      { label: t('nav.catalogue'), href: href(lang, '/') },
      { label: c.name, href: href(lang, `/components/${seg(c.slug)}`) },
      { label: `${k.name} ${to.version}`, href: versionHref(to) },
      { label: `${from.version} → ${to.version}` },
    ],
    body: html`<h1 tabindex="-1">${t('diff.title', { contract: k.name, from: from.version, to: to.version })}</h1>
<p class="lead" role="status">${t('diff.summary', { breaking: report.summary.breaking, warning: report.summary.warning, info: report.summary.info })}</p>
${compareForm(ctx, base, view, from.version, to.version)}
${view.changes.length === 0 ? html`<p>${t('diff.noChanges')}</p>` : LEVELS.map(group)}`,
  });
}
