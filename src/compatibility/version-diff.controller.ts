import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator.js';
import { DomainError } from '../common/errors/domain-error.js';
import type { PairComparison } from './compatibility.service.js';
import { VersionComparisonService } from './version-comparison.service.js';

function pairView(p: PairComparison) {
  return { from: p.from, to: p.to, outcome: p.outcome, requiredBump: p.requiredBump, breaking: p.report.breaking, summary: p.report.summary, changes: p.report.changes };
}

/** REST: any two stored versions of a contract, as JSON or as a Markdown changelog. */
@Controller('api/v1/components/:component/contracts/:contract')
export class VersionDiffController {
  constructor(private readonly comparison: VersionComparisonService) {}

  @Get('diff')
  @Access('read', { rate: 'expensive' })
  async diff(
    @Param('component') component: string,
    @Param('contract') contract: string,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Query('format') format: unknown,
    @Query('cumulative') cumulative: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const causes = [
      ...(typeof from !== 'string' || from === '' ? [{ pointer: '/from', message: 'missing' }] : []),
      ...(typeof to !== 'string' || to === '' ? [{ pointer: '/to', message: 'missing' }] : []),
      ...(format !== undefined && format !== 'json' && format !== 'markdown' ? [{ pointer: '/format', message: 'must be "json" or "markdown"' }] : []),
      ...(cumulative !== undefined && cumulative !== 'true' && cumulative !== 'false' ? [{ pointer: '/cumulative', message: 'must be "true" or "false"' }] : []),
    ];
    if (causes.length > 0) throw new DomainError('BAD_REQUEST', `invalid diff query: ${causes.map((c) => `${c.pointer.slice(1)} ${c.message}`).join('; ')}`, causes);
    const r = await this.comparison.compare(component, contract, from as string, to as string, cumulative === 'true');
    if (format === 'markdown') {
      res.status(200).type('text/markdown; charset=utf-8').send(r.changelog);
      return;
    }
    res.status(200).json({
      component, contract, kind: r.kind, cumulative: r.cumulative, ...pairView(r), changelog: r.changelog,
      ...(r.cumulative ? { steps: r.steps.map(pairView) } : {}),
    });
  }
}
