import { z } from 'zod';
import raw from '../../data/embed-copy.json' with { type: 'json' };
import { parseDataFile } from '../config/config-error';

const text = z.string().trim().min(1);

export const TOOL_KEYS = ['assessment', 'estimator', 'handoff-planner'] as const;

const toolWords = z.strictObject({ name: text, frameTitle: text });

export const embedCopySchema = z.strictObject({
  frame: z.strictObject({
    /** The link under an embedded tool to the same tool on the full site; `{site}` is the site's name. */
    openFullPage: text.refine((value) => value.includes('{site}'), 'must name the site with {site}'),
    /** Replaces a tool page's promise that the address bar holds the answers: a frame has none. */
    privacy: text,
  }),
  tools: z.strictObject({ assessment: toolWords, estimator: toolWords, 'handoff-planner': toolWords }),
  page: z.strictObject({
    title: text,
    description: text,
    imageAlt: text,
    crumb: text,
    heading: text,
    lead: text,
    before: text,
    allowed: text,
    noneAllowed: text,
    snippetLabel: text,
    previewLabel: text,
    attributesTitle: text,
    attributes: z.array(z.strictObject({ name: text, what: text })).min(1),
    behaviourTitle: text,
    behaviour: z.array(text).min(1),
  }),
});

/** Every word of the embed pages and of /embed/; importing this fails the build when the file is wrong. */
export const embedCopy = parseDataFile(embedCopySchema, raw, 'src/data/embed-copy.json');
