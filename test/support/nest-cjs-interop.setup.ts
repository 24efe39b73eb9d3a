// See nest-cjs-interop.cjs: makes the ESM Nest packages reachable for CommonJS Nest libraries in Jest.
import * as common from '@nestjs/common';
import * as core from '@nestjs/core';

(globalThis as unknown as { __nestEsmInterop: Record<string, unknown> }).__nestEsmInterop = { '@nestjs/common': common, '@nestjs/core': core };
