import { Global, Module } from '@nestjs/common';
import { CompatibilityService } from './compatibility.service.js';

@Global()
@Module({ providers: [CompatibilityService], exports: [CompatibilityService] })
export class CompatibilityModule {}
