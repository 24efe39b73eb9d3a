import type { Component } from '../../components/component.entity.js';
import type { Contract } from '../../components/contract.entity.js';
import type { ContractVersion } from '../../components/contract-version.entity.js';
import type { OverviewRow } from '../../conformance/domain/overview.js';
import { html, type SafeHtml } from './html.js';
import { href, layout, seg, type PageContext } from './layout.js';
import { statusBadge } from './parts.js';
import { versionBase } from './version-page.js';

export function conformancePage(ctx: PageContext, rows: OverviewRow[]): SafeHtml {
  const { t, lang } = ctx.i18n;
  return layout(ctx, {
    title: t('conformance.title'),
    breadcrumbs: [{ label: t('nav.catalogue'), href: href(lang, '/') }, { label: t('conformance.title') }],
    body: html`<h1 tabindex="-1">${t('conformance.title')}</h1>
<p>${t('conformance.overviewIntro')}<a href="/api/v1/conformance/overview.csv" download="conformance-overview.csv">overview.csv</a></p>
<table class="matrix">
<caption>${t('conformance.matrix')}</caption>
<thead><tr><th scope="col">${t('conformance.component')}</th><th scope="col">${t('conformance.role')}</th><th scope="col">${t('conformance.status')}</th><th scope="col">${t('conformance.arf')}</th><th scope="col">${t('conformance.verdicts')}</th><th scope="col">${t('conformance.validUntil')}</th></tr></thead>
<tbody>${rows.map((r) => html`<tr>
  <th scope="row"><a href="${href(lang, `/components/${seg(r.component)}`)}">${r.component}</a></th>
  <td>${r.role ?? '–'}</td>
  <td>${statusBadge(r.status, ctx.i18n)}${r.staleReasons.length ? html`<ul class="reasons">${r.staleReasons.map((s) => html`<li>${s}</li>`)}</ul>` : ''}</td>
  <td>${r.arfVersion ?? '–'}</td>
  <td>${r.recordId ? `${r.satisfied} / ${r.assessed}` : '–'}</td>
  <td>${r.validUntil ? ctx.i18n.date(r.validUntil) : '–'}</td>
</tr>`)}</tbody>
</table>`,
  });
}

export function sourcePage(ctx: PageContext, view: { component: Component; contract: Contract; version: ContractVersion }): SafeHtml {
  const { t, lang } = ctx.i18n;
  const { component: c, contract: k, version: v } = view;
  const lines = v.documentText.split('\n');
  const back = href(lang, `${versionBase(c.slug, k.name)}/versions/${seg(v.version)}`);
  return layout(ctx, {
    title: t('source.title', { contract: k.name, version: v.version }),
    breadcrumbs: [
      { label: t('nav.catalogue'), href: href(lang, '/') },
      { label: c.name, href: href(lang, `/components/${seg(c.slug)}`) },
      { label: `${k.name} ${v.version}`, href: back },
      { label: t('version.source') },
    ],
    body: html`<h1 tabindex="-1">${t('source.title', { contract: k.name, version: v.version })}</h1>
<p><a href="${back}">${t('source.back')}</a></p>
<div class="source" role="region" aria-label="${t('version.source')}" tabindex="0"><table class="source-lines"><tbody>${lines.map((line, i) =>
      html`<tr id="L${i + 1}"><td class="ln"><a href="#L${i + 1}" aria-label="${t('diff.line', { line: i + 1 })}">${i + 1}</a></td><td><code>${line}</code></td></tr>`)}</tbody></table></div>`,
  });
}

export function signInPage(ctx: PageContext, opts: { required: boolean; next: string }): SafeHtml {
  const { t } = ctx.i18n;
  return layout(ctx, {
    title: t('signIn.title'),
    needsToken: opts.required,
    body: html`<h1 tabindex="-1">${t('signIn.title')}</h1>
${opts.required ? html`<div class="notice" role="status"><p>${t('signIn.required')}</p></div>` : ''}
${signInForm(ctx, opts.next)}`,
  });
}

export function signInForm(ctx: PageContext, next: string): SafeHtml {
  const { t } = ctx.i18n;
  return html`<p>${t('signIn.intro')}</p>
<form id="sign-in-form" class="sign-in" method="post" action="#" data-next="${next}">
  <label for="token">${t('signIn.token')}</label>
  <input id="token" name="token" type="password" autocomplete="off" spellcheck="false" required>
  <button type="submit">${t('signIn.submit')}</button>
</form>
<noscript><p>${t('signIn.noScript')}</p></noscript>`;
}

export function auditPage(ctx: PageContext, c: Component): SafeHtml {
  const { t, lang } = ctx.i18n;
  return layout(ctx, {
    title: t('audit.title', { component: c.name }),
    breadcrumbs: [{ label: t('nav.catalogue'), href: href(lang, '/') }, { label: c.name, href: href(lang, `/components/${seg(c.slug)}`) }, { label: t('component.audit') }],
    body: html`<h1 tabindex="-1">${t('audit.title', { component: c.name })}</h1>
<p>${t('audit.intro')}</p>
<div data-signed-out-only>
  <p>${t('audit.needsToken')}</p>
  ${signInForm(ctx, href(lang, `/components/${seg(c.slug)}/audit`))}
</div>
<p id="audit-status" role="status"></p>
<table id="audit-log" data-component="${c.slug}" data-error-text="${t('audit.error')}" data-count-text="${t('audit.count')}" hidden>
<caption>${t('audit.title', { component: c.name })}</caption>
<thead><tr><th scope="col">${t('audit.seq')}</th><th scope="col">${t('audit.at')}</th><th scope="col">${t('audit.actor')}</th><th scope="col">${t('audit.action')}</th><th scope="col">${t('audit.subject')}</th></tr></thead>
<tbody></tbody>
</table>`,
  });
}

export function errorPage(ctx: PageContext, status: number, message: string): SafeHtml {
  const { t, lang } = ctx.i18n;
  const title = status === 404 ? t('error.notFound') : t('error.badRequest');
  return layout(ctx, {
    title,
    body: html`<h1 tabindex="-1">${title}</h1><p>${message}</p><p><a href="${href(lang, '/')}">${t('error.back')}</a></p>`,
  });
}

export function graphiqlPage(ctx: PageContext): SafeHtml {
  const { t, lang } = ctx.i18n;
  const a = ctx.assets.graphiql;
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${t('graphiql.title')} – ${t('site.title')}</title>
${a?.css ? html`<link rel="stylesheet" href="/assets/${a.css}">` : ''}
${ctx.assets.catalogue?.css ? html`<link rel="stylesheet" href="/assets/${ctx.assets.catalogue.css}">` : ''}
${a ? html`<script type="module" src="/assets/${a.js}"></script>` : ''}
</head>
<body class="graphiql-body">
<main id="graphiql" aria-label="${t('graphiql.title')}"><h1 class="visually-hidden">${t('graphiql.title')}</h1><noscript>${t('graphiql.noScript')}</noscript></main>
</body>
</html>`;
}
