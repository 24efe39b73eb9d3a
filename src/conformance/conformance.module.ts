import { Module } from '@nestjs/common';
import { ConformanceController } from './conformance.controller.js';
import {
  ComponentConformanceResolver, ConformanceRecordFieldsResolver, RequirementFieldsResolver, RequirementSetFieldsResolver, VerdictFieldsResolver,
} from './conformance-fields.resolver.js';
import { ConformanceComponentFilter } from './conformance-filter.js';
import { ConformanceLoadersFactory } from './conformance-loaders.js';
import { ConformanceRepository } from './conformance.repository.js';
import { ConformanceResolver } from './conformance.resolver.js';
import { ConformanceService } from './conformance.service.js';
import { EvidenceService } from './evidence.service.js';
import { RequirementSetsRepository } from './requirement-sets.repository.js';
import { RequirementSetsService } from './requirement-sets.service.js';

/** EUDI Wallet conformance: requirement sets, evidence, append-only records, overview. */
@Module({
  controllers: [ConformanceController],
  providers: [
    RequirementSetsRepository, ConformanceRepository, RequirementSetsService, EvidenceService, ConformanceService, ConformanceLoadersFactory, ConformanceComponentFilter,
    ConformanceResolver, ComponentConformanceResolver, ConformanceRecordFieldsResolver, VerdictFieldsResolver, RequirementSetFieldsResolver, RequirementFieldsResolver,
  ],
  exports: [RequirementSetsService, ConformanceService],
})
export class ConformanceModule {}
