import { Global, Module } from '@nestjs/common';
import { CompatibilityService } from './compatibility.service.js';
import { VersionComparisonService } from './version-comparison.service.js';
import { VersionDiffController } from './version-diff.controller.js';

@Global()
@Module({ controllers: [VersionDiffController], providers: [CompatibilityService, VersionComparisonService], exports: [CompatibilityService, VersionComparisonService] })
export class CompatibilityModule {}
