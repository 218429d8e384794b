/**
 * Values read from the database and kept while its epoch (Database.epoch) is unchanged, so a request
 * that finds one need not read again: nothing anyone wrote since can have changed it. Epochs only
 * grow, so a newer one drops everything kept and a value read under an older one is not kept. A value
 * that also depends on the clock is kept until a given time. With a null epoch (PostgreSQL) nothing is
 * kept. Bounded: past `max` entries the one stored longest ago goes.
 */
export class EpochCache<K, V> {
  private readonly entries = new Map<K, { value: V; until: number }>();
  private epoch = -1;

  constructor(private readonly max: number) {}

  get(epoch: number | null, key: K): V | undefined {
    if (epoch === null || epoch !== this.epoch) return undefined;
    const hit = this.entries.get(key);
    return hit && (hit.until === Infinity || Date.now() < hit.until) ? hit.value : undefined;
  }

  /** Keeps `value`, read under `epoch`, no later than `until` (milliseconds since 1970). */
  set(epoch: number | null, key: K, value: V, until = Infinity): void {
    if (epoch === null || epoch < this.epoch) return;
    if (epoch > this.epoch) {
      this.entries.clear();
      this.epoch = epoch;
    }
    this.entries.delete(key);
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, until });
  }

  /** The kept value, or `read()`'s, kept under the epoch taken before reading. */
  async through(epoch: number | null, key: K, read: () => Promise<V>): Promise<V> {
    const hit = this.get(epoch, key);
    if (hit !== undefined) return hit;
    const value = await read();
    this.set(epoch, key, value);
    return value;
  }
}

/** A cache for each database, made on first use (tests open several databases side by side). */
export function epochCaches<K, V>(max: number): (database: object) => EpochCache<K, V> {
  const caches = new WeakMap<object, EpochCache<K, V>>();
  return (database) => {
    let cache = caches.get(database);
    if (!cache) caches.set(database, (cache = new EpochCache<K, V>(max)));
    return cache;
  };
}
