import { readFileSync } from 'node:fs';
import { Controller, Get, Header } from '@nestjs/common';
import { load } from 'js-yaml';
import { Access } from '../auth/access.decorator.js';
import { projectPath } from './project-path.js';

/** Serves our own REST description (contracts/registry-api.openapi.yaml) as JSON. */
@Controller('api')
export class ApiDocsController {
  private cached: string | null = null;

  @Get('openapi.json')
  @Access('public')
  @Header('Content-Type', 'application/json')
  openapi(): string {
    this.cached ??= JSON.stringify(load(readFileSync(projectPath('contracts', 'registry-api.openapi.yaml'), 'utf8')));
    return this.cached;
  }
}
