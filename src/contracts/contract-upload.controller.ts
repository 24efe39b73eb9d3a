import { Controller, Get, Headers, HttpCode, Inject, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { dump, load, JSON_SCHEMA } from 'js-yaml';
import { DomainError } from '../common/errors/domain-error.js';
import { REGISTRY_CONFIG } from '../config/config.module.js';
import type { RegistryConfig } from '../config/env.schema.js';
import { Access } from '../auth/access.decorator.js';
import { principalOf } from '../auth/request-context.js';
import { ComponentsService } from '../components/components.service.js';
import { langFromAcceptLanguage, presentReport } from '../compatibility/messages/present-report.js';
import type { Lang } from '../compatibility/messages/catalogue.js';
import type { ContractVersion } from '../components/contract-version.entity.js';
import { PublishService, type CheckResult, type PublishResult } from './publish.service.js';

/** The raw request body (see main.ts: raw parser on /api/v1 for the document media types). */
function rawBody(req: Request): Buffer {
  if (!Buffer.isBuffer(req.body)) {
    throw new DomainError('UNSUPPORTED_MEDIA_TYPE', `send the document as application/yaml, application/json or text/plain (got ${req.headers['content-type'] ?? 'no Content-Type'})`);
  }
  return req.body;
}

/** A body declared as JSON (application/json or a +json type) must be JSON: no YAML fallback. */
function declaredSyntax(req: Request): 'json' | undefined {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  return type === 'application/json' || type.endsWith('+json') ? 'json' : undefined;
}

function principalName(req: Request): string {
  return principalOf(req)?.name ?? 'anonymous';
}

export function publishView(r: PublishResult, lang: Lang = 'en') {
  const v = r.version;
  return {
    component: r.component.slug,
    contract: r.contract.name,
    version: v.version,
    kind: r.contract.kind,
    specVersion: v.specVersion,
    sha256: v.sha256,
    createdAt: v.createdAt,
    publishedBy: v.publishedBy,
    created: r.created,
    compatibility: presentReport(v.compatibilityReport, lang),
  };
}

/** REST surface for CI: parse the request, call the service, map the result. Nothing else. */
@Controller('api/v1/components/:component/contracts/:contract')
export class ContractUploadController {
  constructor(
    private readonly publisher: PublishService,
    private readonly components: ComponentsService,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {}

  @Put('versions/:version')
  @Access('publish', { component: 'component', contract: 'contract' })
  async publish(
    @Param('component') component: string,
    @Param('contract') contract: string,
    @Param('version') version: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const result = await this.publisher.publish({ component, contract, version, bytes: rawBody(req), declaredSyntax: declaredSyntax(req), publishedBy: principalName(req), actorTokenId: principalOf(req)?.tokenId || null });
    res.status(result.created ? 201 : 200);
    res.setHeader('ETag', `"${result.version.sha256}"`);
    res.setHeader('Location', `/api/v1/components/${component}/contracts/${contract}/versions/${version}`);
    return publishView(result, langFromAcceptLanguage(req.headers['accept-language']));
  }

  @Get('versions/:version')
  @Access('read')
  async fetch(
    @Param('component') component: string,
    @Param('contract') contract: string,
    @Param('version') version: string,
    @Query('format') format: string | undefined,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    if (format !== undefined && format !== 'json' && format !== 'yaml') {
      throw new DomainError('BAD_REQUEST', `format must be "json" or "yaml"`, [{ pointer: '/format', message: 'unknown format' }]);
    }
    const v = await this.components.getVersion(component, contract, version);
    const etag = representationEtag(v.sha256, format);
    res.setHeader('ETag', etag);
    res.setHeader('X-Contract-Version', v.version);
    res.setHeader('Cache-Control', cacheControl(version === 'latest', this.config.REGISTRY_ANONYMOUS_READ));
    // Without anonymous reads the answer depends on the token: a shared cache must not reuse it.
    if (!this.config.REGISTRY_ANONYMOUS_READ) res.setHeader('Vary', 'Authorization');
    if (ifNoneMatch && ifNoneMatch.split(',').map((s) => s.trim()).includes(etag)) {
      res.status(304).end();
      return;
    }
    const { body, type } = render(v, format);
    res.status(200).type(type).send(body);
  }

  @Post('compatibility')
  @Access('publish', { component: 'component', contract: 'contract', rate: 'expensive' })
  @HttpCode(200)
  async check(
    @Param('component') component: string,
    @Param('contract') contract: string,
    @Query('version') version: string | undefined,
    @Req() req: Request,
  ) {
    if (!version) throw new DomainError('BAD_REQUEST', 'query parameter "version" is required', [{ pointer: '/version', message: 'missing' }]);
    const r = await this.publisher.check({
      component, contract, version, bytes: rawBody(req), declaredSyntax: declaredSyntax(req), publishedBy: principalName(req),
      actorTokenId: principalOf(req)?.tokenId || null,
    });
    // `verdict` is the name CI tools read (issue #7); `outcome` is kept for existing clients.
    return {
      component, contract, version, kind: r.kind, verdict: r.outcome.outcome, outcome: r.outcome.outcome, predecessor: r.outcome.predecessor,
      alreadyPublished: r.alreadyPublished, sha256: r.sha256,
      compatibility: presentReport(r.outcome.report, langFromAcceptLanguage(req.headers['accept-language'])),
      guidelines: guidelinesView(r.guidelines),
    };
  }
}

/**
 * Each representation has its own strong ETag: the raw bytes are named by their sha256 (the same ETag
 * the publish answers), the converted ones by sha256 plus the format, since their bytes differ.
 */
export function representationEtag(sha256: string, format: string | undefined): string {
  return format === 'json' || format === 'yaml' ? `"${sha256}-${format}"` : `"${sha256}"`;
}

/** A resolved `latest` may move; an exact version never changes. Only anonymous reads may be shared. */
export function cacheControl(latest: boolean, anonymousRead: boolean): string {
  const scope = anonymousRead ? 'public' : 'private';
  return latest ? `${scope}, no-cache` : `${scope}, max-age=31536000, immutable`;
}

// Dry-run guideline findings (issue #16): null when the effective policy is OFF.
function guidelinesView(g: CheckResult['guidelines']) {
  if (!g) return null;
  const r = g.result;
  return {
    mode: g.policy.mode, profile: r?.profile ?? g.policy.profile, profileVersion: r?.profileVersion ?? g.policy.profileVersion, source: g.policy.source,
    blocking: g.blocking, error: g.error, score: r?.score ?? null, counts: r?.counts ?? null, findings: r?.findings ?? [], truncated: r?.truncated ?? false,
  };
}

// Conversions start from the uploaded text, not the jsonb column, so key order is preserved.
function render(v: ContractVersion, format: string | undefined): { body: string; type: string } {
  if (format === 'json') return { body: JSON.stringify(load(v.documentText, { schema: JSON_SCHEMA }), null, 2), type: 'application/json' };
  if (format === 'yaml') return { body: dump(load(v.documentText, { schema: JSON_SCHEMA }), { noRefs: true, lineWidth: -1 }), type: 'application/yaml' };
  return { body: v.documentText, type: v.syntax === 'json' ? 'application/json' : 'application/yaml' };
}
