import { sanitizePreparedFor } from './link-codec';

/**
 * The CSV's file name: `stem` (from the copy file), then who the estimate is for in letters and
 * digits only: "co-managed-it-estimate-acme-ltd.csv", or "co-managed-it-estimate.csv" without a name.
 */
export function estimateCsvFileName(preparedFor: string | null, stem: string): string {
  const name = sanitizePreparedFor(preparedFor)
    ?.replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${stem}${name ? `-${name}` : ''}.csv`;
}
