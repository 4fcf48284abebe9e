/**
 * Where the mirror keeps its buckets: a small key/value seam so the mirror's
 * rules can be tested in Node with the in-memory version, and run in the
 * browser over Cache Storage (cache-storage.ts).
 */

export interface MirrorStorage {
  put(bucket: string, text: string): Promise<void>;
  get(bucket: string): Promise<string | undefined>;
  delete(bucket: string): Promise<void>;
  /** Every bucket name held. */
  list(): Promise<string[]>;
  /** Removes every bucket (and the container itself where there is one). */
  clear(): Promise<void>;
}

/** Tests, and a model of the real thing: a Map of texts. */
export class MemoryMirrorStorage implements MirrorStorage {
  readonly buckets = new Map<string, string>();

  async put(bucket: string, text: string): Promise<void> {
    this.buckets.set(bucket, text);
  }
  async get(bucket: string): Promise<string | undefined> {
    return this.buckets.get(bucket);
  }
  async delete(bucket: string): Promise<void> {
    this.buckets.delete(bucket);
  }
  async list(): Promise<string[]> {
    return [...this.buckets.keys()];
  }
  async clear(): Promise<void> {
    this.buckets.clear();
  }
}
