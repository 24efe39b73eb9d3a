import { Module } from '@nestjs/common';
import { CliDistributionController } from './cli-distribution.controller.js';

/** GET /cli/contract-registry.mjs and its sha256: the standalone CLI, served by every instance. */
@Module({ controllers: [CliDistributionController] })
export class CliDistributionModule {}
