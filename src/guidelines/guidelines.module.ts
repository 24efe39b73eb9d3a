import { Module } from '@nestjs/common';
import { GuidelineRelintService } from './guideline-relint.service.js';
import { GuidelineScoreFilter } from './guideline-score-filter.js';
import { GuidelinesRepository } from './guidelines.repository.js';
import { ContractVersionGuidelinesResolver, GuidelinesResolver } from './guidelines.resolver.js';
import { GuidelinesService } from './guidelines.service.js';

@Module({
  providers: [GuidelinesRepository, GuidelinesService, GuidelineRelintService, GuidelinesResolver, ContractVersionGuidelinesResolver, GuidelineScoreFilter],
  exports: [GuidelinesService, GuidelineRelintService],
})
export class GuidelinesModule {}
