import { Global, Module } from '@nestjs/common';
import { ComponentsRepository } from './components.repository.js';
import { ComponentsResolver, ContractsFieldResolver } from './components.resolver.js';
import { ComponentsService } from './components.service.js';
import { ComponentExtensions } from './component-extensions.js';
import { PublishHooks } from './publish-hooks.js';
import { RegistryLoadersFactory } from './registry-loaders.js';

@Global()
@Module({
  providers: [ComponentExtensions, ComponentsRepository, ComponentsService, ComponentsResolver, ContractsFieldResolver, PublishHooks, RegistryLoadersFactory],
  exports: [ComponentExtensions, ComponentsRepository, ComponentsService, PublishHooks, RegistryLoadersFactory],
})
export class ComponentsModule {}
