import { Module } from '@nestjs/common';
import { SbomController } from './sbom.controller.js';
import { TrustFactsService } from './trust-facts.service.js';
import { TrustComponentFilter } from './trust-filter.js';
import { TrustLoadersFactory } from './trust-loaders.js';
import { TrustRepository } from './trust.repository.js';
import { ComponentTrustResolver, ReleaseFieldsResolver, TrustResolver } from './trust.resolver.js';
import { TrustService } from './trust.service.js';

/** Trust facts per component release: SBOM, licences, CBOM, operating model, AI transparency, publiccode.yml. */
@Module({
  controllers: [SbomController],
  providers: [TrustRepository, TrustService, TrustFactsService, TrustLoadersFactory, TrustComponentFilter, ComponentTrustResolver, ReleaseFieldsResolver, TrustResolver],
  exports: [TrustService, TrustFactsService],
})
export class TrustModule {}
