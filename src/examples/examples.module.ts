import { Module } from '@nestjs/common';
import { ConformanceModule } from '../conformance/conformance.module.js';
import { ContractsModule } from '../contracts/contracts.module.js';
import { TrustModule } from '../trust/trust.module.js';
import { ExampleSeeder } from './example-seeder.js';

/** Loads contracts/registry.yaml (contracts, conformance records, releases with SBOMs, operating models) on the first embedded start (see ExampleSeeder). */
@Module({ imports: [ContractsModule, ConformanceModule, TrustModule], providers: [ExampleSeeder] })
export class ExamplesModule {}
