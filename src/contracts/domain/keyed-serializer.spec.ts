import { KeyedSerializer } from './keyed-serializer.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('KeyedSerializer', () => {
  it('runs tasks of one key one at a time, in arrival order, and keys in parallel', async () => {
    const sut = new KeyedSerializer();
    const log: string[] = [];
    let running = 0;
    let maxRunning = 0;
    const task = (name: string) => async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      running--;
      return name;
    };
    const results = await Promise.all([sut.run('a', task('a1')), sut.run('a', task('a2')), sut.run('b', task('b1'))]);
    expect(results).toEqual(['a1', 'a2', 'b1']);
    expect(log.indexOf('end a1')).toBeLessThan(log.indexOf('start a2'));
    expect(maxRunning).toBe(2);
  });

  it('keeps going after a failed task and passes the failure to its caller only', async () => {
    const sut = new KeyedSerializer();
    const failed = sut.run('a', () => Promise.reject(new Error('boom')));
    const next = sut.run('a', () => Promise.resolve('ok'));
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
  });
});
