// Jest transform for @nestjs/throttler (CommonJS) under ESM Jest on Node 20: its `require()` of the
// ESM-only @nestjs/common/core cannot work inside Jest before Node 24.9 (plain Node 20.19+ loads it
// fine through require(esm), so production needs none of this). The requires are pointed at the very
// module instances the test file imports, registered by nest-cjs-interop.setup.ts.
module.exports = {
  process(source) {
    return {
      code: source.replace(/require\("(@nestjs\/(?:common|core))"\)/g, (_m, spec) => `globalThis.__nestEsmInterop[${JSON.stringify(spec)}]`),
    };
  },
};
