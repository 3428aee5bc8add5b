import { z } from 'astro/zod';

/**
 * Schemas shared by the content collections (src/content.config.ts) and by code that reads the
 * same files outside a collection (astro.config.ts hands the glossary to the Markdown pipeline),
 * so both see the same validated data with the same defaults.
 */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, e.g. patch-ring');

export const linkSchema = z.object({
  label: z.string().min(1),
  href: z.string().regex(/^\/[^\s]*$/, 'must be a site path starting with /'),
});

export const glossaryEntrySchema = z.object({
  id: slugSchema,
  term: z.string().min(2),
  expansion: z.string().optional(),
  aliases: z.array(z.string().min(2)).default([]),
  definition: z.string().min(30),
  links: z.array(linkSchema).default([]),
});

export const GLOSSARY_FILE = 'src/content/glossary.json';
