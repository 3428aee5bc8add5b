/* For tests of a data file's schema: break one field of the shipped file, read what the build would say. */
import { expect } from 'vitest';
import type { z } from 'zod';
import { ConfigError, parseDataFile } from '../../src/lib/config/config-error';

/** A deep copy of a shipped data file with one edit applied. */
export function editedCopy(raw: unknown, edit: (copy: any) => void): unknown {
  const copy = structuredClone(raw);
  edit(copy);
  return copy;
}

/** The message naming `file` and each bad field; fails the test when `data` is accepted. */
export function problemsFor(schema: z.ZodType, data: unknown, file: string): string {
  try {
    parseDataFile(schema, data, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error(`expected ${file} to be rejected`);
}
