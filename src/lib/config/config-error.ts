import { z } from 'zod';

// Each data file is parsed once per build. Zod would first compile a fast path for each schema,
// which costs more than the one parse it speeds up: about 0.1 s of every build.
z.config({ jitless: true });

/** A data file failed validation; the message names the file and every bad field. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** Validates `raw` against `schema`, throwing a ConfigError that names `file` and each field. */
export function parseDataFile<Schema extends z.ZodType>(schema: Schema, raw: unknown, file: string): z.infer<Schema> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new ConfigError(
    file,
    result.error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`),
  );
}
