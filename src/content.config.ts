import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { drawingPreviewCards } from './integrations/preview-card-loader';
import {
  GLOSSARY_FILE,
  glossaryEntrySchema,
  linkSchema as link,
  slugSchema as slug,
} from './lib/content/collection-schemas';

const guide = defineCollection({
  loader: drawingPreviewCards(glob({ pattern: '*.mdx', base: './src/content/guide' })),
  schema: z.object({
    title: z.string().min(10).max(70, 'keep titles within 70 characters so results do not cut them'),
    description: z
      .string()
      .min(50, 'write a description of at least 50 characters')
      .max(160, 'descriptions must be at most 160 characters'),
    navLabel: z.string().min(2).max(32),
    order: z.number().int().positive(),
    updated: z.coerce.date(),
  }),
});

const faq = defineCollection({
  loader: file('src/content/faq.json'),
  schema: z.object({
    id: slug,
    question: z.string().min(10).endsWith('?', 'a question ends with a question mark'),
    answer: z.array(z.string().min(20)).min(1),
    links: z.array(link).default([]),
  }),
});

const glossary = defineCollection({
  loader: file(GLOSSARY_FILE),
  schema: glossaryEntrySchema,
});

/** The home page's landing section: its heading, one action, the tools, the models and the handoff story. */
const landing = defineCollection({
  loader: file('src/content/landing.json', { parser: (text) => ({ landing: JSON.parse(text) }) }),
  schema: z.object({
    heading: z.string().min(20).max(110),
    lead: z.string().min(50).max(320),
    action: link,
    actionNote: z.string().min(10).max(120),
    toolsHeading: z.string().min(5),
    tools: z
      .array(link.omit({ label: true }).extend({ name: z.string().min(3), gives: z.string().min(20).max(140) }))
      .length(3),
    modelsHeading: z.string().min(5),
    modelLabels: z.object({ tickets: z.string().min(3), fit: z.string().min(3), bestWhen: z.string().min(3) }),
    models: z
      .array(
        z.object({
          name: z.string().min(3),
          tickets: z.string().min(5),
          fit: z.string().min(3),
          bestWhen: z.string().min(10),
        }),
      )
      .length(3),
    modelsMore: link,
    handoffHeading: z.string().min(5),
    handoff: z.string().min(50),
    handoffLinks: z.array(link).min(1).max(3),
  }),
});

export const collections = { guide, faq, glossary, landing };
