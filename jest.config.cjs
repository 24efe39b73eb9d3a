// ESM Jest (NestJS 12 is ESM-only; Jest needs --experimental-vm-modules on Node 20, see docs/adr/0001).
const swc = ['@swc/jest', {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022', keepClassNames: true,
  },
  module: { type: 'es6' },
}];
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': swc, '/node_modules/@nestjs/throttler/.+\\.js$': '<rootDir>/test/support/nest-cjs-interop.cjs' },
  transformIgnorePatterns: ['/node_modules/(?!@nestjs/throttler/)'],
  setupFiles: ['<rootDir>/test/support/nest-cjs-interop.setup.ts'],
};
module.exports = {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/unit/**/*.spec.ts'] },
    { ...common, displayName: 'medium', testMatch: ['<rootDir>/src/**/*.medium-spec.ts', '<rootDir>/test/medium/**/*.medium-spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
    { ...common, displayName: 'hostile', testMatch: ['<rootDir>/test/hostile/**/*.hostile-spec.ts'] },
    // Real Chromium (playwright-core + /usr/bin/chromium): the catalogue walk, axe on every page.
    { ...common, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'] },
    // Needs a PostgreSQL server (several app processes, a server the test stops): only with DATABASE_URL.
    ...(process.env.DATABASE_URL
      ? [{ ...common, displayName: 'postgres', testMatch: ['<rootDir>/test/postgres/**/*.postgres-spec.ts'] }]
      : []),
  ],
};
