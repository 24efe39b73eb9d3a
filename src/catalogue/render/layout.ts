import type { I18n, Lang } from '../i18n.js';
import { html, type HtmlValue, type SafeHtml } from './html.js';

/** The built browser assets (dist/catalogue-assets/manifest.json): file names per entry. */
export interface AssetEntry {
  js: string;
  css: string | null;
  jsBytes: number;
  cssBytes: number;
  jsGzipBytes: number;
}
export type AssetManifest = Record<string, AssetEntry>;

export interface PageContext {
  i18n: I18n;
  assets: AssetManifest;
  /** Current path and query (for the language switch and the sign-in return). */
  path: string;
  query: Record<string, string | string[] | undefined>;
}

/** A catalogue link that keeps the language (German links carry no parameter). */
export function href(lang: Lang, path: string, params: Record<string, string | number | boolean | null | undefined | string[]> = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === '' || v === false) continue;
    if (Array.isArray(v)) v.forEach((x) => search.append(k, x));
    else search.set(k, String(v));
  }
  if (lang === 'en') search.set('lang', 'en');
  const q = search.toString();
  return q ? `${path}?${q}` : path;
}

export function seg(s: string): string {
  return encodeURIComponent(s);
}

function switchHref(ctx: PageContext): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(ctx.query)) {
    if (k === 'lang' || v === undefined) continue;
    (Array.isArray(v) ? v : [v]).forEach((x) => search.append(k, x));
  }
  if (ctx.i18n.lang === 'de') search.set('lang', 'en');
  const q = search.toString();
  return q ? `${ctx.path}?${q}` : ctx.path;
}

export interface PageOptions {
  title: string;
  body: SafeHtml;
  /** Further bundles of this page only (e.g. the documentation renderer on the version page). */
  pageAssets?: string[];
  /** Set on pages refused for want of a token: the script fetches them again with the token. */
  needsToken?: boolean;
  breadcrumbs?: { label: string; href?: string }[];
}

export function layout(ctx: PageContext, page: PageOptions): SafeHtml {
  const { i18n } = ctx;
  const { t, lang } = i18n;
  const main = ctx.assets.catalogue;
  const extra = (page.pageAssets ?? []).map((name) => ctx.assets[name]).filter((a): a is AssetEntry => Boolean(a));
  const styles: HtmlValue[] = [main?.css, ...extra.map((a) => a.css)].filter(Boolean).map((css, i) =>
    html`<link rel="stylesheet" href="/assets/${css as string}"${i > 0 ? html` data-page="true"` : ''}>`);
  const scripts = [main, ...extra].filter(Boolean).map((a) => html`<script type="module" src="/assets/${(a as AssetEntry).js}"></script>`);
  const signInHref = href(lang, '/sign-in', { next: ctx.path === '/sign-in' ? undefined : switchHrefRaw(ctx) });
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${page.title} – ${t('site.title')}</title>
${styles}
${scripts}
</head>
<body data-needs-token="${page.needsToken ? 'true' : 'false'}">
<a class="skip-link" href="#main">${t('site.skip')}</a>
<header class="site-header">
  <a class="brand" href="${href(lang, '/')}">${t('site.title')}</a>
  <nav aria-label="${t('nav.label')}">
    <ul>
      <li><a href="${href(lang, '/')}">${t('nav.catalogue')}</a></li>
      <li><a href="${href(lang, '/conformance')}">${t('nav.conformance')}</a></li>
      <li><a href="${href(lang, '/licences')}">${t('nav.licences')}</a></li>
      <li><a href="/graphql">${t('nav.graphql')}</a></li>
      <li data-signed-out-only><a href="${signInHref}">${t('nav.signIn')}</a></li>
      <li data-signed-in-only hidden><button type="button" class="link-button" data-sign-out>${t('nav.signOut')}</button></li>
      <li><a href="${switchHref(ctx)}" hreflang="${lang === 'de' ? 'en' : 'de'}" lang="${lang === 'de' ? 'en' : 'de'}" aria-label="${t('lang.switchLabel')}">${t('lang.switch')}</a></li>
    </ul>
  </nav>
</header>
${page.breadcrumbs?.length ? breadcrumbs(page.breadcrumbs, lang) : ''}
<main id="main" tabindex="-1">
${page.body}
</main>
<footer class="site-footer"><p>${t('footer.text')}</p></footer>
</body>
</html>`;
}

function switchHrefRaw(ctx: PageContext): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(ctx.query)) {
    if (v === undefined) continue;
    (Array.isArray(v) ? v : [v]).forEach((x) => search.append(k, x));
  }
  const q = search.toString();
  return q ? `${ctx.path}?${q}` : ctx.path;
}

function breadcrumbs(items: { label: string; href?: string }[], lang: Lang): SafeHtml {
  const label = lang === 'de' ? 'Brotkrümelnavigation' : 'Breadcrumb';
  return html`<nav class="breadcrumbs" aria-label="${label}"><ol>${items.map((i, n) =>
    n === items.length - 1 ? html`<li><span aria-current="page">${i.label}</span></li>` : html`<li><a href="${i.href ?? '#'}">${i.label}</a></li>`)}</ol></nav>`;
}
