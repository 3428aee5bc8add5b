import type { z } from 'zod';
import { expect } from 'vitest';
import { ConfigError, parseDataFile } from '../../src/lib/config/config-error';

/**
 * What the build says about a data file that fails its schema: the ConfigError message, which
 * names the file and each bad field. Fails the test when the file is accepted.
 */
export function rejectionOf(schema: z.ZodType, data: unknown, file: string): string {
  try {
    parseDataFile(schema, data, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error(`expected ${file} to be rejected`);
}
