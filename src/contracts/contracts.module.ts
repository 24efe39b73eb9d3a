import { Module } from '@nestjs/common';
import { GuidelinesModule } from '../guidelines/guidelines.module.js';
import { CompatibilityResolver } from '../compatibility/compatibility.resolver.js';
import { ContractParser } from './contract-parser.js';
import { ContractUploadController } from './contract-upload.controller.js';
import { ContractVersionsResolver } from './contract-versions.resolver.js';
import { PublishService } from './publish.service.js';

@Module({
  imports: [GuidelinesModule],
  controllers: [ContractUploadController],
  providers: [ContractParser, PublishService, ContractVersionsResolver, CompatibilityResolver],
  exports: [PublishService, ContractParser],
})
export class ContractsModule {}
