import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { seedLoader } from './loaders/seeds/loader';
import { LOCALE_CODES, type Locale } from './i18n/locales';

const lang = z.enum(LOCALE_CODES as [Locale, ...Locale[]]);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a YYYY-MM-DD date' });

/**
 * A YAML list of records with `id`s, parsed with the YAML 1.2 core schema so
 * `2025-11-07` stays the text it is (YAML 1.1 would make it a timestamp).
 */
function yamlFile(path: string, idField = 'id') {
  return file(path, {
    parser: (text) => (parseYaml(text) as Record<string, unknown>[]).map((r) => ({ ...r, id: String(r[idField]) })),
  });
}

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
  loader: yamlFile('content/references.yaml'),
  schema: z.object({
    publisher: z.string(),
    url: z.url(),
    lang: z.string(),
    date: isoDate.optional(),
  }),
});

/** An article: the explainer, or a part of it told in full on its own page; one MDX file per language. */
const article = (dir: string) =>
  defineCollection({
    loader: glob({ pattern: '*.mdx', base: `./content/${dir}` }),
    schema: z.object({
      title: z.string(),
      description: z.string().max(200),
      updated: z.coerce.date(),
    }),
  });

/** The explainer: content/explainer/{lang}.mdx. */
const explainer = article('explainer');
/** The 2020–21 accords in full (the explainer's "background" section), with the map: content/background/{lang}.mdx. */
const background = article('background');

const citations = z.array(z.string().min(1)).min(1);

/** Dated events, each in every language, each with its sources. */
const chronology = defineCollection({
  loader: yamlFile('content/chronology.yaml'),
  schema: z.object({
    date: isoDate,
    precision: z.enum(['day', 'month', 'approx']),
    category: z.enum(['accords', 'kazakhstan']),
    sources: citations,
    title: localized,
    text: localized,
  }),
});

/** Names of people, places and terms in every language, with the variants readers type. */
const glossary = defineCollection({
  loader: yamlFile('content/glossary.yaml'),
  schema: z.object({
    kind: z.enum(['person', 'place', 'organisation', 'term', 'outlet']),
    names: z.object(Object.fromEntries(LOCALE_CODES.map((l) => [l, z.array(z.string().trim().min(1)).min(1)])) as Record<
      (typeof LOCALE_CODES)[number],
      z.ZodArray<z.ZodString>
    >),
    role: localized,
  }),
});

/** The signatories drawn on the map of the accords. */
const accordsMap = defineCollection({
  loader: yamlFile('content/accords-map.yaml', 'glossary'),
  schema: z.object({
    glossary: z.string(),
    iso: z.string().regex(/^\d{3}$/),
    status: z.enum(['party', 'signed', 'declaration', 'announced']),
    date: isoDate,
    sources: citations,
    label: z.tuple([z.number(), z.number()]),
  }),
});

const correction = z.object({ text: z.string().trim().min(1), section: z.enum(['what-happened', 'why-it-matters', 'kazakhstan-position', 'background', 'reactions']) });

/** Our summary of one source for readers of one language: content/summaries/{lang}/{source-id}.yaml. */
const summaries = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: './content/summaries' }),
  schema: z.object({
    summary: z.string().trim().min(1),
    points: z.array(z.string().trim().min(1)).min(3).max(5),
    // One correction, or several when a source is wrong in more than one place.
    correction: z.union([correction, z.array(correction).min(1)]).optional(),
  }),
});

export const collections = { sources, references, explainer, background, chronology, glossary, accordsMap, summaries };
