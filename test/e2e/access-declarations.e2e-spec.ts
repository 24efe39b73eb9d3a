import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { MetadataScanner, type NestContainer } from '@nestjs/core';
import { accessSpecOf } from '../../src/auth/access.decorator.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Deny by default: every REST route and every GraphQL query, mutation and field resolver must say
// who may call it with @Access(...). This test fails for any handler that does not.
const GRAPHQL_RESOLVER_TYPE = 'graphql:resolver_type';

describe('access declarations', () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  it('finds an @Access declaration on every route and resolver method', () => {
    const container = (sut.app as unknown as { container: NestContainer }).container;
    const scanner = new MetadataScanner();
    const wrappers = [...container.getModules().values()].flatMap((m) => [...m.controllers.values(), ...m.providers.values()]);
    const handlers: string[] = [];
    const missing: string[] = [];
    for (const wrapper of wrappers) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof wrapper.metatype !== 'function' || !wrapper.metatype.name) continue;
      const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(proto)) {
        const fn = proto[name] as object;
        const isRoute = Reflect.getMetadata(PATH_METADATA, fn) !== undefined && Reflect.getMetadata(METHOD_METADATA, fn) !== undefined;
        const isResolver = Reflect.getMetadata(GRAPHQL_RESOLVER_TYPE, fn) !== undefined;
        if (!isRoute && !isResolver) continue;
        const id = `${wrapper.metatype.name}.${name}`;
        handlers.push(id);
        if (!accessSpecOf(fn, wrapper.metatype)) missing.push(id);
      }
    }
    expect(handlers).toEqual(expect.arrayContaining(['ContractUploadController.publish', 'ComponentsResolver.createComponent', 'HealthController.live', 'AuditResolver.auditLog']));
    expect(missing).toEqual([]);
  });
});
