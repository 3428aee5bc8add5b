import { z } from 'zod';
import { cleanName, MAX_NAME_LENGTH } from '../handoff/limits';
import { placeholderTemplate } from '../text/template-schema';

/**
 * A row's name in a data file: the planner shows it, saves it in plans and compares it with
 * the labels a share link carries, so it must already be what the planner would make of it
 * (one plain line, no padding, at most MAX_NAME_LENGTH characters) or a plan would change on
 * its way through a link.
 */
export const rowNameSchema = placeholderTemplate().refine(
  (name) => cleanName(name) === name,
  `must be one line of at most ${MAX_NAME_LENGTH} characters, without spaces at either end or invisible characters`,
);

/** A name for each of `keys`, each different from the others ignoring case, so no two rows look alike. */
export const rowNamesSchema = <const Key extends string>(keys: readonly Key[]) =>
  z
    .strictObject(Object.fromEntries(keys.map((key) => [key, rowNameSchema])) as Record<Key, typeof rowNameSchema>)
    .superRefine((names, ctx) => {
      const seen = new Map<string, string>();
      for (const [key, name] of Object.entries(names as Record<string, string>)) {
        const other = seen.get(name.toLowerCase());
        if (other === undefined) seen.set(name.toLowerCase(), key);
        else ctx.addIssue({ code: 'custom', path: [key], message: `is the same name as ${other}` });
      }
    });
