import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { REGISTRY_CONFIG } from '../config/config.module.js';
import type { RegistryConfig } from '../config/env.schema.js';
import { ApiTokensService, systemPrincipal } from './api-tokens.service.js';

/**
 * Makes sure an operator can get in: REGISTRY_ADMIN_TOKEN is registered as an ADMIN token (once; a
 * revoked one stays revoked). Without it, the very first start (no tokens at all) creates an ADMIN
 * token, prints it once, and for the embedded database on disk writes it to <data dir>/admin-token (0600).
 */
@Injectable()
export class AuthBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');

  constructor(
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
    private readonly tokens: ApiTokensService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const actor = systemPrincipal('system:bootstrap');
    const preset = this.config.REGISTRY_ADMIN_TOKEN;
    if (preset) {
      if (await this.tokens.existsWithSecret(preset)) return;
      await this.tokens.create(actor, { name: 'bootstrap-admin (REGISTRY_ADMIN_TOKEN)', owner: 'admin', role: 'ADMIN', presetSecret: preset });
      this.logger.log('registered REGISTRY_ADMIN_TOKEN as an ADMIN token');
      return;
    }
    if ((await this.tokens.countTokens()) > 0) return;
    const { secret } = await this.tokens.create(actor, { name: 'bootstrap-admin', owner: 'admin', role: 'ADMIN' });
    const file = this.writeTokenFile(secret);
    // Printed once on purpose: it is the only way in on a fresh installation. Never logged again.
    this.logger.warn(`created the first ADMIN token (shown once): ${secret}${file ? ` — also written to ${file} (mode 0600)` : ''}`);
  }

  private writeTokenFile(secret: string): string | null {
    if (!this.config.embedded || this.config.REGISTRY_DATA_DIR === 'memory://') return null;
    const dir = resolve(this.config.REGISTRY_DATA_DIR);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'admin-token');
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
    return file;
  }
}
