import DataLoader from 'dataloader';

/**
 * A DataLoader whose values can be fetched ahead for a whole list and then
 * read without a promise. `load` on its own answers a promise even for a
 * key already in the cache, so a list field read through a loader made
 * graphql-js wait for every row's field, then for the row, then for its
 * edge: on a page of twenty that machinery cost more than the statement.
 * A list resolver calls `preload` with the page's keys (one statement, as
 * the batch would have been); the field resolver then calls `get`, which
 * gives the value at once when it is there and falls back to `load`.
 */
export class PreloadableLoader<K, V> extends DataLoader<K, V> {
  private readonly ready = new Map<K, V>();

  /** Loads `keys` in one batch now; `get` then answers them synchronously. */
  async preload(keys: readonly K[]): Promise<void> {
    const missing = keys.filter((key) => !this.ready.has(key));
    if (missing.length === 0) return;
    const values = await this.loadMany(missing);
    values.forEach((value, i) => {
      // A failed key stays with `load`, which reports its error where it is asked for.
      if (!(value instanceof Error)) this.ready.set(missing[i]!, value);
    });
  }

  /** The value if it was preloaded, else the promise `load` gives. */
  get(key: K): V | Promise<V> {
    return this.ready.has(key) ? (this.ready.get(key) as V) : this.load(key);
  }

  override clear(key: K): this {
    this.ready.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.ready.clear();
    return super.clearAll();
  }
}

/** Applies `next` to a value now, or once it arrives when it is a promise. */
export function whenReady<T, R>(
  value: T | Promise<T>,
  next: (value: T) => R | Promise<R>,
): R | Promise<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}
