import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Access } from '../auth/access.decorator.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { loadCliBundle, matchesEtag, type CliBundle } from './cli-bundle.js';

/**
 * Serves the standalone CLI so that a CI job needs only Node and curl:
 * `curl -fsSO $REGISTRY/cli/contract-registry.mjs && node contract-registry.mjs …`.
 * Anonymous on purpose (the CLI is public code); cacheable with a strong ETag (its sha256).
 */
@Controller('cli')
export class CliDistributionController {
  private bundle: CliBundle | undefined;

  private current(): CliBundle {
    this.bundle ??= loadCliBundle();
    if (!this.bundle) throw new NotFoundError('The standalone CLI bundle (run `npm run build`)');
    return this.bundle;
  }

  @Get('contract-registry.mjs')
  @Access('public')
  script(@Req() req: Request, @Res() res: Response): void {
    this.send(req, res, 'text/javascript; charset=utf-8', (b) => b.bytes);
  }

  @Get('contract-registry.mjs.sha256')
  @Access('public')
  checksum(@Req() req: Request, @Res() res: Response): void {
    // sha256sum format, so a job can run `sha256sum -c contract-registry.mjs.sha256`.
    this.send(req, res, 'text/plain; charset=utf-8', (b) => Buffer.from(`${b.sha256}  contract-registry.mjs\n`));
  }

  private send(req: Request, res: Response, type: string, body: (b: CliBundle) => Buffer): void {
    const bundle = this.current();
    res.setHeader('Cache-Control', 'public, max-age=300, must-revalidate');
    res.setHeader('ETag', bundle.etag);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (matchesEtag(req.headers['if-none-match'], bundle.etag)) {
      res.status(304).end();
      return;
    }
    res.status(200).type(type).send(body(bundle));
  }
}
