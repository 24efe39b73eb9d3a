import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ComponentExtensions } from '../components/component-extensions.js';
import { currentRecordPredicate } from './conformance.repository.js';

/** Implements the `eudiConformance` component filter (component listings and contract search). */
@Injectable()
export class ConformanceComponentFilter implements OnModuleInit {
  constructor(private readonly extensions: ComponentExtensions) {}

  onModuleInit(): void {
    this.extensions.registerFilter({
      name: 'eudi-conformance',
      handles: ['eudiConformance'],
      build: (filter, scope) => (filter.eudiConformance ? currentRecordPredicate(filter.eudiConformance, scope.component) : []),
    });
  }
}
