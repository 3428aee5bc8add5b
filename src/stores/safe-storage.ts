/**
 * A storage engine for @nanostores/persistent that never throws. Private modes, disabled
 * storage and a full quota all fall back to memory for this page view, and `onFailure` lets
 * the UI say that answers will not survive a reload (so the reader can copy the link instead).
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function createSafeStorage(
  backing: () => KeyValueStorage | null,
  onFailure: (error: unknown) => void = () => {},
): Record<string, string> {
  const memory = new Map<string, string>();
  const attempt = <T>(action: (storage: KeyValueStorage) => T): T | undefined => {
    try {
      const storage = backing();
      return storage ? action(storage) : undefined;
    } catch (error) {
      onFailure(error);
      return undefined;
    }
  };
  const read = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key);
    const stored = attempt((storage) => storage.getItem(key));
    return typeof stored === 'string' ? stored : undefined;
  };
  return new Proxy({} as Record<string, string>, {
    get: (_, key) => (typeof key === 'string' ? read(key) : undefined),
    has: (_, key) => typeof key === 'string' && read(key) !== undefined,
    set: (_, key, value) => {
      if (typeof key !== 'string') return true;
      memory.set(key, String(value));
      attempt((storage) => storage.setItem(key, String(value)));
      return true;
    },
    deleteProperty: (_, key) => {
      if (typeof key !== 'string') return true;
      memory.delete(key);
      attempt((storage) => storage.removeItem(key));
      return true;
    },
  });
}

/** The browser's localStorage, or null where merely touching it throws (some private modes). */
export function browserLocalStorage(): KeyValueStorage | null {
  return typeof localStorage === 'undefined' ? null : localStorage;
}
