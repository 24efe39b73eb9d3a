import { Controller, Get, Headers, Param, Put, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Access } from '../auth/access.decorator.js';
import { principalOf } from '../auth/request-context.js';
import { SBOM_MEDIA_TYPES } from './domain/sbom-media-types.js';
import { cryptoModel, sbomModel } from './dto/trust.mappers.js';
import { notJson } from './trust.errors.js';
import { TrustService } from './trust.service.js';

/** REST surface for CI: upload a release's SBOM (raw body) and download it exactly as uploaded. */
@Controller('api/v1/components/:component/releases/:version')
export class SbomController {
  constructor(private readonly service: TrustService) {}

  @Put('sbom')
  @Access('publish', { component: 'component', rate: 'expensive' })
  async upload(@Param('component') component: string, @Param('version') version: string, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    if (!req.is(SBOM_MEDIA_TYPES) || !Buffer.isBuffer(req.body)) throw notJson(req.headers['content-type']);
    const p = principalOf(req);
    const r = await this.service.uploadSbom(component, version, req.body, { name: p?.name ?? 'anonymous', tokenId: p?.tokenId ?? null });
    res.status(r.created ? 201 : 200);
    res.setHeader('ETag', `"${r.sbom.sha256}"`);
    res.setHeader('Location', `/api/v1/components/${component}/releases/${version}/sbom`);
    const sbom = sbomModel(r.sbom, component, version, 1000);
    return { component, version, created: r.created, ...sbom, crypto: r.analysis ? cryptoModel(r.analysis.crypto) : undefined };
  }

  @Get('sbom')
  @Access('read')
  async download(@Param('component') component: string, @Param('version') version: string, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() res: Response): Promise<void> {
    const doc = await this.service.sbomDocument(component, version);
    const etag = `"${doc.sha256}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    if (ifNoneMatch?.split(',').map((s) => s.trim()).includes(etag)) { res.status(304).end(); return; }
    const type = doc.format === 'CYCLONEDX' ? 'application/vnd.cyclonedx+json' : doc.specVersion.startsWith('3') ? 'application/ld+json' : 'application/spdx+json';
    res.status(200).setHeader('Content-Type', type);
    res.end(doc.content);
  }
}
