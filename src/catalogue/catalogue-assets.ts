import { existsSync, readFileSync } from 'node:fs';
import { Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { projectPath } from '../common/project-path.js';
import { i18n, langOf } from './i18n.js';
import type { AssetManifest } from './render/layout.js';
import { graphiqlPage } from './render/other-pages.js';
import { applyHtmlSecurityHeaders } from './security-headers.js';

export const ASSET_DIR = projectPath('dist', 'catalogue-assets');

/**
 * The browser bundles built by scripts/build-catalogue-assets.mjs (esbuild, at build time). Without a
 * build the pages still render, without their scripts.
 */
@Injectable()
export class CatalogueAssets {
  readonly manifest: AssetManifest;

  constructor() {
    const file = projectPath('dist', 'catalogue-assets', 'manifest.json');
    if (existsSync(file)) {
      this.manifest = (JSON.parse(readFileSync(file, 'utf8')) as { entries: AssetManifest }).entries;
    } else {
      new Logger('Catalogue').warn('dist/catalogue-assets/manifest.json is missing (run npm run build): pages render without scripts');
      this.manifest = {};
    }
  }

  /** Every file name the manifest knows: the only files /assets/ serves. */
  files(): Set<string> {
    return new Set(Object.values(this.manifest).flatMap((e) => [e.js, e.css].filter((f): f is string => Boolean(f))));
  }

  /**
   * GET /graphql from a browser (Accept: text/html) → the bundled GraphiQL, in every mode. Everything
   * else (queries, POST, GET with ?query=) goes on to Apollo.
   */
  graphiqlHandler() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const wantsHtml = req.method === 'GET' && req.accepts(['application/json', 'text/html']) === 'text/html';
      if (!wantsHtml || req.query.query !== undefined || req.path !== '/') return next();
      applyHtmlSecurityHeaders(res, 'graphiql');
      res.status(200).type('html').send(graphiqlPage({ i18n: i18n(langOf(req.query.lang)), assets: this.manifest, path: '/graphql', query: {} }).value);
    };
  }
}
