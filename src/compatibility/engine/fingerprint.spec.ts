import { fingerprintOf, FINGERPRINT_SHAPE } from './fingerprint.js';

describe('finding fingerprints (v1)', () => {
  const change = { id: 'operation-removed', operation: 'GET /antraege/{id}', pointer: '/paths/~1antraege~1{id}/get', message: 'GET /antraege/{id} was removed without deprecation' };

  it('is the documented hash of kind, id, operation, pointer and message', () => {
    // sha256("fp1\nopenapi\noperation-removed\nGET /antraege/{id}\n/paths/~1antraege~1{id}/get\nGET /antraege/{id} was removed without deprecation")
    expect(fingerprintOf('openapi', change)).toBe('fp1_279cd0248697b33ab70e');
    expect(fingerprintOf('openapi', change)).toMatch(FINGERPRINT_SHAPE);
  });

  it('differs when any input differs, and not otherwise', () => {
    const fp = fingerprintOf('openapi', change);
    expect(fingerprintOf('openapi', { ...change })).toBe(fp);
    expect(fingerprintOf('asyncapi', change)).not.toBe(fp);
    expect(fingerprintOf('openapi', { ...change, pointer: '/paths/~1x/get' })).not.toBe(fp);
    expect(fingerprintOf('openapi', { ...change, operation: undefined })).not.toBe(fp);
    expect(fingerprintOf('openapi', { ...change, message: 'other' })).not.toBe(fp);
  });
});
