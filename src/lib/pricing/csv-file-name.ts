import { sanitizePreparedFor } from './link-codec';

/**
 * The CSV's file name, naming who the estimate is for in letters and digits only:
 * "co-managed-it-estimate-acme-ltd.csv", or "co-managed-it-estimate.csv" without a name.
 */
export function estimateCsvFileName(preparedFor: string | null): string {
  const name = sanitizePreparedFor(preparedFor)
    ?.replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `co-managed-it-estimate${name ? `-${name}` : ''}.csv`;
}
