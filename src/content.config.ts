import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { seedLoader } from './loaders/seeds/loader';
import { LOCALE_CODES } from './i18n/locales';

const lang = z.enum(['en', 'ru', 'kk', 'ar']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a YYYY-MM-DD date' });

/** Text in every site language; a missing language fails the build. */
const localized = z.object(Object.fromEntries(LOCALE_CODES.map((l) => [l, z.string().trim().min(1)])) as Record<
  (typeof LOCALE_CODES)[number],
  z.ZodString
>);

/** The news texts in seeds/, parsed by our loader. */
const sources = defineCollection({
  loader: seedLoader(),
  schema: z.object({
    id: z.string(),
    file: z.string(),
    lang,
    langSource: z.enum(['detected', 'editors']),
    date: isoDate,
    dateSource: z.enum(['text', 'editors']),
    datePrecision: z.enum(['day', 'approx']),
    headline: z.string().nullable(),
    headlineSource: z.enum(['text', 'editors']).nullable(),
    outlet: z.string().nullable(),
    url: z.url().nullable(),
    dateline: z.string().nullable(),
    paragraphs: z.array(z.object({ line: z.number().int(), text: z.string() })).min(1),
    noise: z.array(z.object({ line: z.number().int(), rule: z.string(), text: z.string() })),
    repairs: z.array(z.object({ line: z.number().int(), from: z.string(), to: z.string() })),
    verbatim: z.string(),
  }),
});

/** Public pages cited for facts the seeds do not cover. */
const references = defineCollection({
  loader: file('content/references.yaml'),
  schema: z.object({
    publisher: z.string(),
    url: z.url(),
    lang: z.string(),
    date: z.coerce.date().optional(),
  }),
});

/** The explainer, one MDX file per language: content/explainer/{lang}.mdx. */
const explainer = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/explainer' }),
  schema: z.object({
    title: z.string(),
    description: z.string().max(200),
    updated: z.coerce.date(),
  }),
});

export const collections = { sources, references, explainer };
