import corpus from '../fixtures/planner-link-corpus.json' with { type: 'json' };
import { base64urlToBytes } from '../../src/lib/handoff/base64url';
import { builtInName, isBuiltInKey, type RowNames } from '../../src/lib/handoff/built-in-rows';
import { inflateRaw } from '../../src/lib/handoff/deflate';
import { cleanName } from '../../src/lib/handoff/limits';
import type { HandoffMatrix } from '../../src/lib/handoff/matrix';

/** The captured planner links (tooling/capture-planner-links.ts): every one opened a plan. */
export const plannerLinks = corpus.links.map(({ query, decoded }) => {
  if (!decoded.ok || !('matrix' in decoded)) throw new Error(`the corpus holds a refused link: ${query}`);
  return { query, decoded, matrix: decoded.matrix as HandoffMatrix };
});

/** The rows a link's payload holds, as packed (a first-draft document calls its label `name`). */
async function packedRows(query: string): Promise<Record<string, unknown>[]> {
  const inflated = await inflateRaw(base64urlToBytes(new URLSearchParams(query).get('m') ?? '')!, 1_000_000);
  if (!inflated.ok) throw new Error(`not a link: ${query}`);
  return (JSON.parse(new TextDecoder().decode(inflated.bytes)) as { rows: Record<string, unknown>[] }).rows;
}

/**
 * The plan a captured link opens with `names` (docs/decisions/0004): the captured plan, but for
 * the rows the link left unnamed, called as `names` calls them. Also says how many those were.
 */
export async function openedWith(
  { query, matrix }: (typeof plannerLinks)[number],
  names: RowNames,
): Promise<{ matrix: HandoffMatrix; unnamed: number }> {
  const packed = await packedRows(query);
  let unnamed = 0;
  const rows = matrix.rows.map((row, index) => {
    const label = packed[index]?.['label'] ?? packed[index]?.['name'];
    if (typeof label === 'string' && cleanName(label) !== '') return row;
    unnamed += 1;
    return { ...row, label: isBuiltInKey(row.key) ? builtInName(names, row.key) : names.untitled };
  });
  return { matrix: { ...matrix, rows }, unnamed };
}
