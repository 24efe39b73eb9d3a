import type { Component } from '../../components/component.entity.js';
import type { Contract } from '../../components/contract.entity.js';
import type { ContractVersion } from '../../components/contract-version.entity.js';
import type { Change } from '../../compatibility/engine/change.js';
import { extractSearchElements } from '../../search/domain/extract-search-elements.js';
import { guidelinesSection, type GuidelinesView } from './guidelines-part.js';
import { html, jsonIsland, type SafeHtml } from './html.js';
import { href, layout, seg, type PageContext } from './layout.js';
import { levelBadge } from './parts.js';

export interface VersionView {
  component: Component;
  contract: Contract;
  version: ContractVersion;
  versions: ContractVersion[];
  latest: ContractVersion | null;
  /** The newest guideline result; null when the version was never linted (policy OFF). */
  guidelines: GuidelinesView | null;
}

/** Anchor of an operation or channel in the version page's element list (the diff page links here). */
export function elementAnchor(label: string): string {
  return `el-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

export function versionBase(slug: string, contract: string): string {
  return `/components/${seg(slug)}/contracts/${seg(contract)}`;
}

function elements(v: ContractVersion): { kind: string; label: string; summary: string }[] {
  return extractSearchElements(v.document).filter((e) => e.kind === 'OPERATION' || e.kind === 'CHANNEL')
    .map((e) => ({ kind: e.kind, label: e.label, summary: [...e.text.B, ...e.text.C].join(' – ').slice(0, 200) }));
}

export function versionPage(ctx: PageContext, view: VersionView): SafeHtml {
  const { i18n } = ctx;
  const { t, lang } = i18n;
  const { component: c, contract: k, version: v } = view;
  const base = versionBase(c.slug, k.name);
  const api = `/api/v1/components/${seg(c.slug)}/contracts/${seg(k.name)}/versions/${seg(v.version)}`;
  const report = v.compatibilityReport as { outcome?: string; mode?: string; predecessor?: string; changes?: Change[] } | null;
  const docsAsset = k.kind === 'ASYNCAPI' ? 'asyncapi-docs' : 'openapi-docs';
  const ext = v.syntax === 'json' ? 'json' : 'yaml';
  const els = elements(v);
  const other = view.versions.find((x) => x.version !== v.version);
  return layout(ctx, {
    title: t('version.title', { contract: k.name, version: v.version }),
    pageAssets: [docsAsset],
    breadcrumbs: [
      { label: t('nav.catalogue'), href: href(lang, '/') },
      { label: c.name, href: href(lang, `/components/${seg(c.slug)}`) },
      { label: `${k.name} ${v.version}` },
    ],
    body: html`<h1 tabindex="-1">${v.title} <span class="muted">${k.name} ${v.version}</span></h1>
<p>${t('version.published', { date: i18n.date(v.createdAt), by: v.publishedBy })} · ${t(`kind.${k.kind}`)} ${v.specVersion}</p>
<div class="columns">
<section aria-labelledby="versions-heading" class="card">
  <h2 id="versions-heading">${t('version.versions')}</h2>
  <ol class="versions">${view.versions.map((x) => html`<li>${x.version === v.version
    ? html`<span aria-current="page"><strong>${x.version}</strong> (${t('version.current')})</span>`
    : html`<a href="${href(lang, `${base}/versions/${seg(x.version)}`)}">${x.version}</a>`}${view.latest?.version === x.version ? html` <span class="badge badge-latest">${t('version.latestBadge')}</span>` : ''}</li>`)}</ol>
  ${other ? compareForm(ctx, base, view, v.version) : ''}
</section>
<section aria-labelledby="downloads-heading" class="card">
  <h2 id="downloads-heading">${t('version.downloads')}</h2>
  <ul>
    <li><a href="${api}" download="${k.name}-${v.version}.${ext}">${t('version.asUploaded')}</a> <span class="muted">(${ext.toUpperCase()}, ${t('version.bytes', { n: i18n.number(v.sizeBytes) })})</span></li>
    <li><a href="${api}?format=json" download="${k.name}-${v.version}.json">${t('version.asJson')}</a></li>
    <li><a href="${api}?format=yaml" download="${k.name}-${v.version}.yaml">${t('version.asYaml')}</a></li>
    <li><a href="${href(lang, `${base}/versions/${seg(v.version)}/source`)}">${t('version.source')}</a></li>
  </ul>
  <p class="muted">${t('version.sha256')}: <code class="hash">${v.sha256}</code></p>
  <h3>${t('version.cli')}</h3>
  <p>${t('version.cliFetch')}</p>
  <pre><code>curl -fsS "$REGISTRY_URL${api}" -o ${k.name}-${v.version}.${ext}</code></pre>
  <p>${t('version.cliCheck')}</p>
  <pre><code>contract-registry check --url "$REGISTRY_URL" --token "$TOKEN" --component ${c.slug} --contract ${k.name} --version &lt;next-version&gt; ./${k.name}.${ext}</code></pre>
</section>
</div>
<section aria-labelledby="compat-heading">
  <h2 id="compat-heading">${t('version.compat')}</h2>
  ${report && v.predecessorVersion ? html`<p>${t('version.compatAgainst', { predecessor: v.predecessorVersion, mode: report.mode ?? '', outcome: t(`outcome.${report.outcome ?? 'OK'}`) })}
    · <a href="${href(lang, `${base}/diff`, { from: v.predecessorVersion, to: v.version })}">${t('version.compare')}</a></p>
  ${report.changes?.length ? html`<ul class="changes">${report.changes.map((ch) => html`<li>${levelBadge(ch.level, i18n)} ${ch.operation ? html`<code>${ch.operation}</code> ` : ''}${ch.message} <span class="muted">${ch.id}</span></li>`)}</ul>` : ''}`
    : html`<p>${t('version.firstVersion')}</p>`}
  <h3>${t('version.changelog')}</h3>
  ${v.changelog ? html`<pre class="changelog">${v.changelog}</pre>` : html`<p>${t('version.noChangelog')}</p>`}
</section>
${guidelinesSection(i18n, view.guidelines, href(lang, `${base}/versions/${seg(v.version)}/source`))}
<section aria-labelledby="elements-heading">
  <h2 id="elements-heading">${t('version.elements')}</h2>
  <ul class="elements">${els.map((e) => html`<li id="${elementAnchor(e.label)}"><code>${e.label}</code>${e.summary ? html` <span class="muted">${e.summary}</span>` : ''}</li>`)}</ul>
</section>
<section aria-labelledby="docs-heading">
  <h2 id="docs-heading">${t('version.docs')}</h2>
  <div id="contract-docs" data-kind="${k.kind}" class="contract-docs"><p class="muted">${t('version.docsLoading')}</p></div>
  <script type="application/json" id="contract-document">${jsonIsland(v.document)}</script>
</section>`,
  });
}

export function compareForm(ctx: PageContext, base: string, view: { versions: ContractVersion[] }, current: string, to?: string): SafeHtml {
  const { t, lang } = ctx.i18n;
  const older = view.versions.find((x) => x.version !== current)?.version ?? current;
  const from = to === undefined ? older : current;
  const target = to ?? current;
  const options = (selected: string) => view.versions.map((x) => html`<option value="${x.version}"${x.version === selected ? html` selected` : ''}>${x.version}</option>`);
  return html`<form class="compare" action="${base}/diff" method="get">
  <h3>${t('version.compare')}</h3>
  ${lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
  <label for="cmp-from">${t('version.from')}</label> <select id="cmp-from" name="from">${options(from)}</select>
  <label for="cmp-to">${t('version.to')}</label> <select id="cmp-to" name="to">${options(target)}</select>
  <button type="submit">${t('version.compareSubmit')}</button>
</form>`;
}
