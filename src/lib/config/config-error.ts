import type { z } from 'zod';

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
