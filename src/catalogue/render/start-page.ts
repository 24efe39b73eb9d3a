import type { SearchHit } from '../../search/search.service.js';
import type { LayerComponentRow } from '../catalogue.repository.js';
import { html, markedSnippet, type SafeHtml } from './html.js';
import { href, layout, seg, type PageContext } from './layout.js';

export interface SearchForm {
  q: string;
  kind: string;
  layer: string;
  lifecycle: string;
  tags: string;
  owner: string;
  specVersion: string;
  operation: string;
  allVersions: boolean;
  /** `guidelineScoreAtLeast`, as typed (empty: no filter). */
  guidelineScoreAtLeast: string;
}

export interface StartView {
  form: SearchForm;
  layers: LayerComponentRow[];
  /** Present when a query ran. */
  results: { hits: SearchHit[]; hasNextPage: boolean; offset: number } | null;
  error: string | null;
  knownLayers: string[];
  /** `/?layer=x` without a query: that layer's components, a page at a time. */
  layerList: { layer: string; items: { slug: string; name: string; description: string }[]; nextAfter: string | null } | null;
}

function select(id: string, label: string, value: string, options: [string, string][], any: string): SafeHtml {
  return html`<div class="field"><label for="${id}">${label}</label>
<select id="${id}" name="${id}"><option value="">${any}</option>${options.map(([v, l]) => html`<option value="${v}"${v === value ? html` selected` : ''}>${l}</option>`)}</select></div>`;
}

function text(id: string, label: string, value: string): SafeHtml {
  return html`<div class="field"><label for="${id}">${label}</label><input id="${id}" name="${id}" type="text" value="${value}" maxlength="200"></div>`;
}

function searchForm(ctx: PageContext, v: StartView): SafeHtml {
  const { t, lang, tOr } = ctx.i18n;
  const f = v.form;
  const any = t('search.any');
  const open = Boolean(f.kind || f.layer || f.lifecycle || f.tags || f.owner || f.specVersion || f.operation || f.allVersions || f.guidelineScoreAtLeast);
  return html`<form class="search" role="search" action="/" method="get">
  ${lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
  <div class="search-row">
    <label for="q">${t('search.label')}</label>
    <input id="q" name="q" type="search" value="${f.q}" placeholder="${t('search.placeholder')}" maxlength="500">
    <button type="submit">${t('search.submit')}</button>
  </div>
  <details${open ? html` open` : ''}><summary>${t('search.filters')}</summary>
  <div class="filters">
    ${select('kind', t('search.kind'), f.kind, [['OPENAPI', 'OpenAPI'], ['ASYNCAPI', 'AsyncAPI']], any)}
    ${select('layer', t('search.layer'), f.layer, v.knownLayers.map((l) => [l, tOr(`layer.${l}`, l)]), any)}
    ${select('lifecycle', t('search.lifecycle'), f.lifecycle, ['DRAFT', 'ACTIVE', 'DEPRECATED', 'RETIRED'].map((l) => [l, t(`lifecycle.${l}`)]), any)}
    ${text('tags', t('search.tags'), f.tags)}
    ${text('owner', t('search.owner'), f.owner)}
    ${text('specVersion', t('search.specVersion'), f.specVersion)}
    ${text('operation', t('search.operation'), f.operation)}
    <div class="field"><label for="guidelineScoreAtLeast">${t('search.guidelineScoreAtLeast')}</label><input id="guidelineScoreAtLeast" name="guidelineScoreAtLeast" type="number" min="0" max="100" step="1" inputmode="numeric" placeholder="0–100" value="${f.guidelineScoreAtLeast}"></div>
    <div class="field checkbox"><input id="allVersions" name="allVersions" type="checkbox" value="true"${f.allVersions ? html` checked` : ''}><label for="allVersions">${t('search.allVersions')}</label></div>
  </div>
  </details>
</form>`;
}

function results(ctx: PageContext, v: StartView): SafeHtml {
  const { t, lang, tOr } = ctx.i18n;
  if (v.error) return html`<div class="notice notice-error" role="alert"><p>${t('search.error', { message: v.error })}</p></div>`;
  const r = v.results;
  if (!r) return html``;
  if (!r.hits.length) return html`<p role="status">${t('search.noResults', { query: v.form.q })}</p>`;
  const next = { ...v.form, allVersions: v.form.allVersions ? 'true' : undefined, guidelineScoreAtLeast: v.form.guidelineScoreAtLeast || undefined, offset: r.offset + r.hits.length };
  return html`<section aria-labelledby="results-heading">
<h2 id="results-heading" role="status">${t('search.results', { count: r.hasNextPage ? `${r.offset + r.hits.length}+` : r.offset + r.hits.length, query: v.form.q })}</h2>
<ol class="hits" start="${r.offset + 1}">${r.hits.map((h) => {
    const versionHref = href(lang, `/components/${seg(h.component.slug)}/contracts/${seg(h.contract.name)}/versions/${seg(h.version.version)}`);
    return html`<li class="hit">
  <h3><a href="${versionHref}">${h.version.title || h.contract.name}</a></h3>
  <p class="hit-meta"><a href="${href(lang, `/components/${seg(h.component.slug)}`)}">${h.component.name}</a> · ${h.contract.name} ${h.version.version} · ${t(`kind.${h.contract.kind}`)} ${h.version.specVersion}${h.component.ownerOrganisation ? ` · ${h.component.ownerOrganisation}` : ''}</p>
  ${h.matches.length ? html`<ul class="matches">${h.matches.map((m) => html`<li><span class="match-kind">${tOr(`match.${m.kind}`, m.kind)}</span> <span class="match-label">${m.label}</span>${m.snippet ? html`<br><span class="snippet">${markedSnippet(m.snippet)}</span>` : ''}</li>`)}</ul>` : ''}
</li>`;
  })}</ol>
${r.hasNextPage ? html`<p><a href="${href(lang, '/', next)}">${t('search.more')}</a></p>` : ''}
</section>`;
}

function layers(ctx: PageContext, v: StartView): SafeHtml {
  const { t, lang, tOr } = ctx.i18n;
  const byLayer = new Map<string, LayerComponentRow[]>();
  for (const row of v.layers) byLayer.set(row.layer, [...(byLayer.get(row.layer) ?? []), row]);
  return html`<section aria-labelledby="layers-heading">
<h2 id="layers-heading">${t('layers.title')}</h2>
<p>${t('layers.intro')}</p>
${byLayer.size === 0 ? html`<p>${t('layers.empty')}</p>` : html`<div class="layers">${[...byLayer.entries()].map(([layer, rows]) => html`<section class="layer" aria-labelledby="layer-${layer}">
  <h3 id="layer-${layer}">${tOr(`layer.${layer}`, layer)} <span class="muted">(${rows[0].total})</span></h3>
  <ul>${rows.map((c) => html`<li><a href="${href(lang, `/components/${seg(c.slug)}`)}">${c.name}</a>${c.lifecycle !== 'ACTIVE' ? html` <span class="muted">${tOr(`lifecycle.${c.lifecycle}`, c.lifecycle)}</span>` : ''}</li>`)}</ul>
  ${rows[0].total > rows.length ? html`<p><a href="${href(lang, '/', { layer })}">${t('layers.more', { count: rows[0].total - rows.length })}</a></p>` : ''}
</section>`)}</div>`}
</section>`;
}

export function startPage(ctx: PageContext, v: StartView): SafeHtml {
  const { t } = ctx.i18n;
  return layout(ctx, {
    title: v.form.q ? `${v.form.q} – ${t('search.submit')}` : t('start.title'),
    body: html`<h1 tabindex="-1">${t('start.title')}</h1>
<p class="lead">${t('start.intro')}</p>
${searchForm(ctx, v)}
${results(ctx, v)}
${v.layerList ? layerList(ctx, v.layerList) : v.results || v.error ? '' : layers(ctx, v)}`,
  });
}

function layerList(ctx: PageContext, l: NonNullable<StartView['layerList']>): SafeHtml {
  const { lang, tOr, t } = ctx.i18n;
  return html`<section aria-labelledby="layer-list-heading">
<h2 id="layer-list-heading">${t('search.layer')}: ${tOr(`layer.${l.layer}`, l.layer)}</h2>
<ul class="component-list">${l.items.map((c) => html`<li><a href="${href(lang, `/components/${seg(c.slug)}`)}">${c.name}</a> <span class="muted">${c.description}</span></li>`)}</ul>
${l.nextAfter ? html`<p><a href="${href(lang, '/', { layer: l.layer, after: l.nextAfter })}">${t('search.more')}</a></p>` : ''}
</section>`;
}
