import { useTranslations } from '../i18n';
import type { Locale } from '../i18n/locales';
import { chronologyEvents } from './content-data';
import { articleUpdated } from './article-dates';
import { plainText } from './plain';
import { href, withBase } from './routes';
import { articleFor, citationsOf, headlineText, resolveSource, type Article } from './sources';

/**
 * schema.org data built from the same content the pages show: each article
 * (the explainer, the background) with its citations; the chronology as an
 * ItemList of Events.
 */
export async function articleJsonLd(kind: Article, lang: Locale, site: URL): Promise<Record<string, unknown>[]> {
  const t = useTranslations(lang);
  const entry = await articleFor(kind, lang);
  const url = new URL(href(lang, { kind }), site).href;
  const { order } = await citationsOf(kind, lang);
  // Each cited work by its address: the page's own reference list says the rest, and the
  // explainer's bytes are budgeted (one round trip), so the data does not repeat it.
  const citation = await Promise.all(
    order.map(async (id) => {
      const source = (await resolveSource(id))!;
      return source.kind === 'seed'
        ? { '@type': 'NewsArticle', url: new URL(href(lang, { kind: 'source', id }), site).href, headline: headlineText(source.entry, lang) }
        : { '@type': 'CreativeWork', url: source.entry.data.url };
    }),
  );
  const updated = articleUpdated(kind, lang);
  const article = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: entry.data.title,
    description: entry.data.description,
    inLanguage: lang,
    url,
    mainEntityOfPage: url,
    datePublished: updated,
    dateModified: updated,
    image: new URL(withBase(`/og/${lang}.png`), site).href,
    publisher: { '@type': 'Organization', name: t('site.name'), url: new URL(withBase('/'), site).href },
    citation,
  };
  return [article];
}

export async function chronologyJsonLd(lang: Locale, site: URL): Promise<Record<string, unknown>[]> {
  const t = useTranslations(lang);
  const url = new URL(href(lang, { kind: 'chronology' }), site).href;
  const events = await chronologyEvents();
  const chronology = {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: t('explainer.chronologyTitle'),
    url,
    numberOfItems: events.length,
    itemListElement: await Promise.all(
      events.map(async (e, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        item: {
          '@type': 'Event',
          '@id': `${url}#event-${e.id}`,
          name: await plainText(e.data.title[lang], lang, `content/chronology.yaml ${e.id}`),
          startDate: e.data.date,
        },
      })),
    ),
  };
  return [chronology];
}
