import { Module } from '@nestjs/common';
import { SearchCache } from './search-cache.js';
import { SearchRepository } from './search.repository.js';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';

@Module({
  providers: [SearchCache, SearchRepository, SearchService, SearchResolver],
  exports: [SearchService],
})
export class SearchModule {}
