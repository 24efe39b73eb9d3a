import { Module } from '@nestjs/common';
import { ContractParser } from './contract-parser.js';
import { ContractUploadController } from './contract-upload.controller.js';
import { ContractVersionsResolver } from './contract-versions.resolver.js';
import { ExampleSeeder } from './example-seeder.js';
import { PublishService } from './publish.service.js';

@Module({
  controllers: [ContractUploadController],
  providers: [ContractParser, PublishService, ContractVersionsResolver, ExampleSeeder],
  exports: [PublishService, ContractParser],
})
export class ContractsModule {}
