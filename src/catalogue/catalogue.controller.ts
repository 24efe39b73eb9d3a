import { performance } from 'node:perf_hooks';
import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Access } from '../auth/access.decorator.js';
import { ApiTokensService } from '../auth/api-tokens.service.js';
import { decideAccess } from '../auth/domain/access-policy.js';
import { DomainError } from '../common/errors/domain-error.js';
import { REGISTRY_CONFIG } from '../config/config.module.js';
import type { RegistryConfig } from '../config/env.schema.js';
import { ComponentsService } from '../components/components.service.js';
import { TrustService } from '../trust/trust.service.js';
import { CatalogueAssets, ASSET_DIR } from './catalogue-assets.js';
import { CatalogueService } from './catalogue.service.js';
import { i18n, langOf } from './i18n.js';
import { componentPage } from './render/component-page.js';
import { diffPage } from './render/diff-page.js';
import type { SafeHtml } from './render/html.js';
import type { PageContext } from './render/layout.js';
import { licencePage, type LicenceFilter } from './render/licence-page.js';
import { auditPage, conformancePage, errorPage, signInPage, sourcePage } from './render/other-pages.js';
import { startPage, type SearchForm, type StartView } from './render/start-page.js';
import { versionPage } from './render/version-page.js';
import { ComponentSections } from './sections/component-sections.js';
import { applyHtmlSecurityHeaders, type PageKind } from './security-headers.js';

type Query = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).slice(0, 500);
const ASSET_NAME = /^[A-Za-z0-9-]+\.(js|css)$/;

/**
 * The web catalogue: server-rendered HTML for integrators (ADR 0008). Declared public so the access
 * guard lets browsers in; each page applies the registry's read rule itself and answers a sign-in page
 * (not problem+json) when anonymous reads are off.
 */
@Controller()
export class CatalogueController {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly components: ComponentsService,
    private readonly sections: ComponentSections,
    private readonly assets: CatalogueAssets,
    private readonly tokens: ApiTokensService,
    private readonly trust: TrustService,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {}

  @Get()
  @Access('public')
  start(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.page(req, res, 'plain', async (ctx) => {
      const q = ctx.query;
      const form: SearchForm = {
        q: one(q.q).trim(), kind: one(q.kind), layer: one(q.layer), lifecycle: one(q.lifecycle), tags: one(q.tags),
        owner: one(q.owner), specVersion: one(q.specVersion), operation: one(q.operation), allVersions: one(q.allVersions) === 'true',
        guidelineScoreAtLeast: one(q.guidelineScoreAtLeast).trim(),
      };
      const offset = Math.min(Math.max(Number.parseInt(one(q.offset), 10) || 0, 0), 1000);
      // The layer overview feeds the filter's layer list too; it runs alongside the search.
      const [layers, searched] = await Promise.all([
        this.catalogue.layers(),
        form.q ? Promise.resolve().then(() => this.catalogue.searchContracts(form.q, filterOf(form), offset)).then((r) => ({ r }), (err: unknown) => ({ err })) : null,
      ]);
      const view: StartView = { form, layers, results: null, error: null, knownLayers: [...new Set(layers.map((l) => l.layer))], layerList: null };
      if (searched && 'r' in searched) view.results = { ...searched.r, offset };
      else if (searched) {
        const err = searched.err;
        if (!(err instanceof DomainError) || err.code !== 'BAD_REQUEST') throw err;
        view.error = err.message;
      } else if (form.layer) {
        const page = await this.components.list({ layer: [form.layer] }, 100, one(q.after) || undefined);
        view.layerList = { layer: form.layer, items: page.items, nextAfter: page.hasNextPage ? (page.items.at(-1)?.slug ?? null) : null };
      }
      return startPage(ctx, view);
    });
  }

  @Get('components/:slug')
  @Access('public')
  component(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.page(req, res, 'plain', async (ctx) => {
      const data = await this.catalogue.component(slug);
      return componentPage(ctx, { ...data, i18n: ctx.i18n }, this.sections.list());
    });
  }

  @Get('components/:slug/audit')
  @Access('public')
  audit(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.page(req, res, 'plain', async (ctx) => auditPage(ctx, await this.components.getBySlug(slug)));
  }

  @Get('components/:slug/contracts/:contract/versions/:version')
  @Access('public')
  async version(@Param('slug') slug: string, @Param('contract') contract: string, @Param('version') version: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    let kind: PageKind = 'openapi-docs';
    return this.page(req, res, () => kind, async (ctx) => {
      const view = await this.catalogue.version(slug, contract, version);
      kind = view.contract.kind === 'ASYNCAPI' ? 'asyncapi-docs' : 'openapi-docs';
      return versionPage(ctx, view);
    });
  }

  @Get('components/:slug/contracts/:contract/versions/:version/source')
  @Access('public')
  source(@Param('slug') slug: string, @Param('contract') contract: string, @Param('version') version: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.page(req, res, 'plain', async (ctx) => sourcePage(ctx, await this.catalogue.source(slug, contract, version)));
  }

  @Get('components/:slug/contracts/:contract/diff')
  @Access('public')
  diff(@Param('slug') slug: string, @Param('contract') contract: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.page(req, res, 'plain', async (ctx) => {
      const from = one(ctx.query.from);
      const to = one(ctx.query.to);
      if (!from || !to) throw new DomainError('BAD_REQUEST', 'choose two versions: ?from=…&to=…');
      return diffPage(ctx, await this.catalogue.diff(slug, contract, from, to));
    });
  }

  @Get('conformance')
  @Access('public')
  conformance(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.page(req, res, 'plain', async (ctx) => conformancePage(ctx, await this.catalogue.conformanceOverview()));
  }

  @Get('licences')
  @Access('public')
  licences(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.page(req, res, 'plain', async (ctx) => {
      const bool = (v: string | string[] | undefined) => (one(v) === 'true' ? true : one(v) === 'false' ? false : undefined);
      const filter: LicenceFilter = { osiApproved: bool(ctx.query.osiApproved), unknown: bool(ctx.query.unknown), copyleft: bool(ctx.query.copyleft) };
      return licencePage(ctx, filter, await this.trust.licenceCatalogue(filter));
    });
  }

  @Get('sign-in')
  @Access('public')
  signIn(@Req() req: Request, @Res() res: Response): void {
    const ctx = this.context(req);
    const next = one(ctx.query.next);
    send(res, 200, 'plain', signInPage(ctx, { required: false, next: next.startsWith('/') && !next.startsWith('//') ? next : '/' }));
  }

  @Get('assets/:file')
  @Access('public')
  asset(@Param('file') file: string, @Req() req: Request, @Res() res: Response): void {
    if (!ASSET_NAME.test(file) || !this.assets.files().has(file)) {
      res.status(404).type('text/plain').send('not found');
      return;
    }
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Vary', 'Accept-Encoding');
    res.type(file.endsWith('.js') ? 'text/javascript' : 'text/css');
    const gzip = req.acceptsEncodings('gzip', 'identity') === 'gzip';
    if (gzip) res.setHeader('Content-Encoding', 'gzip');
    res.sendFile(gzip ? `${file}.gz` : file, { root: ASSET_DIR, dotfiles: 'deny', headers: {} });
  }

  private context(req: Request): PageContext {
    const query = req.query as Query;
    return { i18n: i18n(langOf(one(query.lang))), assets: this.assets.manifest, path: req.path, query };
  }

  /** Read rule, render, and the HTML answers for the errors a visitor can cause. */
  private async page(req: Request, res: Response, kind: PageKind | (() => PageKind), render: (ctx: PageContext) => Promise<SafeHtml>): Promise<void> {
    const started = performance.now();
    res.locals.serverTimingStart = started;
    const ctx = this.context(req);
    const signIn = () => send(res, 401, 'token-shell', signInPage(ctx, { required: true, next: req.originalUrl }));
    let principal;
    try {
      principal = await this.tokens.authenticate(req.headers.authorization);
    } catch (err) {
      if (err instanceof DomainError && err.code === 'UNAUTHENTICATED') return signIn();
      throw err;
    }
    if (decideAccess(principal, 'read', {}, [], this.config.REGISTRY_ANONYMOUS_READ) !== 'allow') return signIn();
    try {
      const body = await render(ctx);
      send(res, 200, typeof kind === 'function' ? kind() : kind, body);
    } catch (err) {
      if (err instanceof DomainError && (err.code === 'NOT_FOUND' || err.code === 'BAD_REQUEST')) {
        return send(res, err.code === 'NOT_FOUND' ? 404 : 400, 'plain', errorPage(ctx, err.code === 'NOT_FOUND' ? 404 : 400, err.message));
      }
      throw err;
    }
  }
}

function send(res: Response, status: number, kind: PageKind, body: SafeHtml): void {
  applyHtmlSecurityHeaders(res, kind);
  // Server time of the page (read by npm run bench:catalogue; harmless for browsers).
  const started = res.locals.serverTimingStart as number | undefined;
  if (started !== undefined) res.setHeader('Server-Timing', `render;dur=${(performance.now() - started).toFixed(1)}`);
  res.status(status).type('html').send(body.value);
}

function filterOf(f: SearchForm) {
  const list = (s: string) => (s ? [s] : undefined);
  return {
    kind: list(f.kind), layer: list(f.layer), lifecycle: list(f.lifecycle),
    tags: f.tags ? f.tags.split(',').map((t) => t.trim()).filter(Boolean) : undefined,
    ownerOrganisation: list(f.owner), specVersion: list(f.specVersion), operation: f.operation || undefined,
    allVersions: f.allVersions || undefined,
    guidelineScoreAtLeast: scoreOf(f.guidelineScoreAtLeast),
  };
}

// A whole number 0–100, else a BAD_REQUEST shown on the page like the search's own.
function scoreOf(s: string): number | undefined {
  if (!s) return undefined;
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0 || n > 100) throw new DomainError('BAD_REQUEST', 'guidelineScoreAtLeast must be a whole number from 0 to 100');
  return n;
}
