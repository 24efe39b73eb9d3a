/**
 * Runs tasks with the same key one after another, tasks with different keys concurrently. Publishes of one
 * contract serialize on a row lock in the database anyway; queuing them here first means a burst holds one
 * pooled connection per contract instead of one per request waiting on that lock (which exhausted the pool
 * and failed unrelated requests with "timeout exceeded when trying to connect").
 */
export class KeyedSerializer {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(() => undefined, () => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
