import { Global, Module, type DynamicModule } from '@nestjs/common';
import { loadConfig, type RegistryConfig } from './env.schema.js';

export const REGISTRY_CONFIG = Symbol('REGISTRY_CONFIG');

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: RegistryConfig = loadConfig()): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: REGISTRY_CONFIG, useValue: config }],
      exports: [REGISTRY_CONFIG],
    };
  }
}
