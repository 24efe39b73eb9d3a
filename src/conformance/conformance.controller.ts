import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Access } from '../auth/access.decorator.js';
import { principalOf } from '../auth/request-context.js';
import { toCsv } from './domain/index.js';
import { notAnExport } from './conformance.errors.js';
import { ConformanceService } from './conformance.service.js';
import { EvidenceService } from './evidence.service.js';

/** REST surface of the conformance feature, for CI and spreadsheets. */
@Controller('api/v1')
export class ConformanceController {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly service: ConformanceService,
  ) {}

  /** Upload an OpenID Foundation conformance-suite export (raw application/zip body). */
  @Post('components/:component/conformance/evidence')
  @Access('publish', { component: 'component' })
  async uploadExport(
    @Param('component') component: string,
    @Query('fileName') fileName: string | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    if (!req.is(['application/zip', 'application/octet-stream']) || !Buffer.isBuffer(req.body)) throw notAnExport(req.headers['content-type']);
    const { created, evidence: e } = await this.evidence.uploadExport(component, req.body, fileName ?? null, actorOf(req));
    res.status(created ? 201 : 200);
    res.setHeader('Location', `/graphql?evidence=${e.id}`);
    return {
      id: e.id,
      sha256: e.sha256,
      kind: e.kind,
      created,
      plans: e.plans,
      counts: e.counts,
      modules: e.modules.map((m) => ({ module: m.module, testId: m.testId, result: m.result })),
    };
  }

  /** The registry-wide overview (components × roles × effective status) as RFC 4180 CSV. */
  @Get('conformance/overview.csv')
  @Access('read', { rate: 'expensive' })
  async overviewCsv(@Res() res: Response): Promise<void> {
    const csv = toCsv(await this.service.overview());
    res.status(200).type('text/csv; charset=utf-8').setHeader('Content-Disposition', 'attachment; filename="eudi-conformance-overview.csv"');
    res.send(csv);
  }
}

function actorOf(req: Request): { name: string; tokenId: string | null } {
  const p = principalOf(req);
  return { name: p?.name ?? 'anonymous', tokenId: p?.tokenId || null };
}
