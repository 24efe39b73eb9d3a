import { Module } from '@nestjs/common';
import { ConformanceModule } from '../conformance/conformance.module.js';
import { ContractsModule } from '../contracts/contracts.module.js';
import { ExampleSeeder } from './example-seeder.js';

/** Loads contracts/registry.yaml on the first embedded start (see ExampleSeeder). */
@Module({ imports: [ContractsModule, ConformanceModule], providers: [ExampleSeeder] })
export class ExamplesModule {}
