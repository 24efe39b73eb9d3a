import { toErrorView } from './error-mapping.js';

describe('toErrorView', () => {
  it('answers an unknown error INTERNAL with a correlation id and no internals', () => {
    const v = toErrorView(new Error('SELECT * FROM secret'));
    expect(v.code).toBe('INTERNAL');
    expect(v.message).toMatch(/correlation id/);
    expect(v.message).not.toMatch(/SELECT/);
  });

  it('answers SQLSTATE class 22 (a value the client sent) BAD_REQUEST, without the SQL', () => {
    for (const code of ['22021', '22003', '22007', '22P05', '22012']) {
      const v = toErrorView({ name: 'QueryFailedError', message: 'bad value in SELECT …', driverError: { code } });
      expect([v.code, v.status]).toEqual(['BAD_REQUEST', 400]);
      expect(v.message).not.toMatch(/SELECT/);
    }
  });
});
