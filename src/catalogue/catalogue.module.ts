import { Module, type OnModuleInit } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CompatibilityModule } from '../compatibility/compatibility.module.js';
import { ComponentsModule } from '../components/components.module.js';
import { ConformanceModule } from '../conformance/conformance.module.js';
import { GuidelinesModule } from '../guidelines/guidelines.module.js';
import { SearchModule } from '../search/search.module.js';
import { TrustFactsService } from '../trust/trust-facts.service.js';
import { TrustModule } from '../trust/trust.module.js';
import { TrustService } from '../trust/trust.service.js';
import { CatalogueAssets } from './catalogue-assets.js';
import { CatalogueController } from './catalogue.controller.js';
import { CatalogueRepository } from './catalogue.repository.js';
import { CatalogueService } from './catalogue.service.js';
import { BUILTIN_SECTIONS } from './sections/builtin-sections.js';
import { ComponentSections } from './sections/component-sections.js';
import { trustSection } from './sections/trust-section.js';

/** The web catalogue at `/` (ADR 0008). Other modules add component-page sections via ComponentSections. */
@Module({
  imports: [AuthModule, ComponentsModule, SearchModule, CompatibilityModule, ConformanceModule, TrustModule, GuidelinesModule],
  controllers: [CatalogueController],
  providers: [CatalogueService, CatalogueRepository, CatalogueAssets, ComponentSections],
  exports: [ComponentSections, CatalogueAssets],
})
export class CatalogueModule implements OnModuleInit {
  constructor(private readonly sections: ComponentSections, private readonly trust: TrustService, private readonly trustFacts: TrustFactsService) {}

  onModuleInit(): void {
    for (const s of BUILTIN_SECTIONS) this.sections.register(s);
    // Trust facts: the catalogue reads the trust services; the trust module does not import the catalogue.
    this.sections.register(trustSection(this.trust, this.trustFacts));
  }
}
