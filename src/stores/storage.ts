import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { browserLocalStorage, createSafeStorage } from './safe-storage';

/**
 * The one storage engine every tool's store uses, installed once, when the first store module
 * imports this one (each store imports it before creating its atoms).
 */

/** False once the browser refused to store something: a tool then says it will not remember. */
export const $storageWorks = atom(true);

/** localStorage behind a guard that never throws; see safe-storage.ts. */
export const storage = createSafeStorage(browserLocalStorage, () => $storageWorks.set(false));

setPersistentEngine(
  storage,
  typeof window === 'undefined' ? { addEventListener() {}, removeEventListener() {} } : windowPersistentEvents,
);
