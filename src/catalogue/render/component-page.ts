import type { ComponentSection, ComponentSectionContext } from '../sections/component-sections.js';
import { html, type SafeHtml } from './html.js';
import { href, layout, type PageContext } from './layout.js';

export async function componentPage(ctx: PageContext, data: ComponentSectionContext, sections: ComponentSection[]): Promise<SafeHtml> {
  const { i18n } = ctx;
  const c = data.component;
  const rendered = await Promise.all(sections.map(async (s) => ({ s, body: await s.render(data) })));
  return layout(ctx, {
    title: c.name,
    breadcrumbs: [{ label: i18n.t('nav.catalogue'), href: href(i18n.lang, '/') }, { label: c.name }],
    body: html`<h1 tabindex="-1">${c.name}</h1>
${c.description ? html`<p class="lead">${c.description}</p>` : ''}
${rendered.filter((r) => r.body).map(({ s, body }) => html`<section id="section-${s.id}" class="component-section" aria-labelledby="section-${s.id}-heading">
<h2 id="section-${s.id}-heading">${s.title(i18n)}</h2>
${body}
</section>`)}`,
  });
}
