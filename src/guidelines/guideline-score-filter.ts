import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ComponentExtensions } from '../components/component-extensions.js';
import { scoreAtLeastSql } from './guidelines.repository.js';

/** Implements `guidelineScoreAtLeast` in `components` and `searchContracts` (newest result per version). */
@Injectable()
export class GuidelineScoreFilter implements OnModuleInit {
  constructor(private readonly extensions: ComponentExtensions) {}

  onModuleInit(): void {
    this.extensions.registerFilter({
      name: 'guideline-score',
      handles: ['guidelineScoreAtLeast'],
      build: (filter, scope) => {
        const min = filter.guidelineScoreAtLeast;
        if (min === undefined || min === null) return [];
        // Version scope: that version. Component scope: some latest version of one of its contracts.
        const sql = scope.versionId
          ? scoreAtLeastSql(scope.versionId)
          : `EXISTS (SELECT 1 FROM search_version gsv WHERE gsv.component_id = ${scope.component}.id AND gsv.is_latest AND ${scoreAtLeastSql('gsv.version_id')})`;
        return [{ sql, params: { gScoreAtLeast: min } }];
      },
    });
  }
}
