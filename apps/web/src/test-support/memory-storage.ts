/** A `Storage` kept in a Map, for unit tests of what the page keeps on the device. */
export class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  /** How many times something was written or removed. */
  writes = 0;
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.writes++;
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.writes++;
    this.items.delete(key);
  }
  clear(): void {
    this.writes++;
    this.items.clear();
  }
}
