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
    /** What the page is, where the publisher's name does not say it (a republished story, a fact sheet), in every language. */
    note: localized.optional(),
    url: z.url(),
    lang: z.string(),
    date: isoDate.optional(),
  }),
});

/** An article: the explainer, or a part of it told in full on its own page; one MDX file per language. */
const article = (dir: string) =>
  defineCollection({
    loader: glob({ pattern: '*.mdx', base: `./content/${dir}` }),
    // No `updated`: when a page last changed is read from the content's history (src/lib/updated.ts).
    schema: z.object({
      title: z.string(),
      description: z.string().max(200),
    }),
  });

/** The explainer: content/explainer/{lang}.mdx. */
const explainer = article('explainer');
/** The 2020–21 accords in full (the explainer's "background" section), with the map: content/background/{lang}.mdx. */
const background = article('background');
/** How the explainer is made: sources, what is ours, quotes, dates, corrections: content/method/{lang}.mdx. */
const method = article('method');

const citations = z.array(z.string().min(1)).min(1);

/** Dated events, each in every language, each with its sources. */
const chronology = defineCollection({
  loader: yamlFile('content/chronology.yaml'),
  schema: z.object({
    date: isoDate,
    precision: z.enum(['day', 'month', 'approx']),
    /** Place among events of the same date, in the order they happened; required when a date has several. */
    order: z.number().int().positive().optional(),
    /** An id from content/categories.yaml; the event's date must fall in its range. */
    category: z.string(),
    sources: citations,
    title: localized,
    text: localized,
  }),
});

/** What kind of event a chronology entry is, with the dates such an event can have. */
const categories = defineCollection({
  loader: yamlFile('content/categories.yaml'),
  schema: z.object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    label: localized,
  }),
});

/** Names of people, places and terms in every language, with the variants readers type. */
const glossary = defineCollection({
  loader: yamlFile('content/glossary.yaml'),
  schema: z.object({
    kind: z.enum(['person', 'place', 'organisation', 'term', 'outlet']),
    /** The names and spellings media use, shown to readers; the first is ours. */
    names: z.object(Object.fromEntries(LOCALE_CODES.map((l) => [l, z.array(z.string().trim().min(1)).min(1)])) as Record<
      (typeof LOCALE_CODES)[number],
      z.ZodArray<z.ZodString>
    >),
    /** Forms only search uses (misspellings, adjectives, titles, related places, forms from quotations); never shown. */
    aliases: z.partialRecord(lang, z.array(z.string().trim().min(1))).default({}),
    /** Where the entry files in an alphabetical list, where that is not its name (Russian lists people by surname). */
    sortAs: z.partialRecord(lang, z.string().trim().min(1)).default({}),
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

/** Our summary of one source for readers of one language: content/summaries/{lang}/{source-id}.yaml. */
const summaries = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: './content/summaries' }),
  schema: z.object({
    summary: z.string().trim().min(1),
    points: z.array(z.string().trim().min(1)).min(3).max(5),
  }),
});

/**
 * A known error in a source, in every language: shown on the source's page
 * whatever the reader's language, the source's own included.
 */
const corrections = defineCollection({
  loader: file('content/corrections.yaml', {
    parser: (text) => (parseYaml(text) as Record<string, unknown>[]).map((r, i) => ({ ...r, id: `${String(r.source)}#${i + 1}` })),
  }),
  schema: z.object({
    source: z.string(),
    /** The explainer section that sets the error straight. */
    section: z.string(),
    text: localized,
  }),
});

/** Our own corrections log, newest first, on the page about how the explainer is made. */
const changelog = defineCollection({
  loader: file('content/changelog.yaml', {
    parser: (text) => (parseYaml(text) as Record<string, unknown>[]).map((r, i, all) => ({ ...r, id: String(all.length - i) })),
  }),
  schema: z.object({ date: isoDate, text: localized }),
});

/**
 * Every quotation on the site, one file each (content/quotes/{id}.yaml):
 * verbatim in the language it was said in, with our translation into every
 * other site language. Pages cite a quote by id, so its words are the same
 * wherever it appears.
 */
const quotes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/quotes' }),
  schema: z.object({
    lang: z.string().regex(/^[a-z]{2,3}$/, { error: 'must be a language code such as ru or en' }),
    who: z.string(),
    sources: citations,
    text: z.string().trim().min(1),
    translation: z.partialRecord(lang, z.string().trim().min(1)).default({}),
  }),
});

/** Facts about the site's own checking, one place each (content/status.yaml). */
const status = defineCollection({
  loader: file('content/status.yaml', { parser: (text) => [{ id: 'status', ...(parseYaml(text) as object) }] }),
  schema: z.object({
    /** The last month the open questions (signing ceremony, further accessions) were checked against sources. */
    checkedAsOf: z.string().regex(/^\d{4}-\d{2}$/, { error: 'must be YYYY-MM' }),
    /** The last day every language was checked against the others; read by npm run status (src/status/status.ts). */
    translationsCheckedAt: isoDate.optional(),
  }),
});

export const collections = {
  sources,
  references,
  explainer,
  background,
  method,
  chronology,
  categories,
  glossary,
  accordsMap,
  summaries,
  corrections,
  changelog,
  quotes,
  status,
};
