import { z } from 'zod';

/**
 * Wording lives in data files as templates such as "At {employees} employees…". A field
 * accepts only the placeholders the code fills in for it, so a typo such as {employes} fails
 * the build instead of showing up on the page.
 */

const PLACEHOLDER = /\{(\w+)\}/g;

export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/** Non-blank text whose {placeholders} are all among `allowed`, with no stray braces. */
export function placeholderTemplate(...allowed: string[]) {
  const offer = allowed.length
    ? `use only ${allowed.map((name) => `{${name}}`).join(', ')}`
    : 'this text takes no placeholders';
  return z
    .string()
    .regex(/\S/, 'must not be blank')
    .superRefine((text, ctx) => {
      for (const name of placeholdersIn(text)) {
        if (!allowed.includes(name)) {
          ctx.addIssue({ code: 'custom', message: `has an unknown placeholder {${name}}; ${offer}` });
        }
      }
      if (/[{}]/.test(text.replace(PLACEHOLDER, ''))) {
        ctx.addIssue({ code: 'custom', message: 'has a { or } that is not part of a {placeholder}' });
      }
    });
}
