import { useTranslations } from '../i18n';
import type { Locale } from '../i18n/locales';
import { chronologyEvents } from './content-data';
import { isoDay } from './dates';
import { href, withBase } from './routes';
import { articleFor, citationsOf, resolveSource, type Article } from './sources';

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
  const citation = await Promise.all(
    order.map(async (id) => {
      const source = (await resolveSource(id))!;
      return source.kind === 'seed'
        ? {
            '@type': 'NewsArticle',
            headline: source.entry.data.headline ?? id,
            url: new URL(href(lang, { kind: 'source', id }), site).href,
            inLanguage: source.entry.data.lang,
            datePublished: source.entry.data.date,
            ...(source.entry.data.outlet ? { publisher: { '@type': 'Organization', name: source.entry.data.outlet } } : {}),
          }
        : {
            '@type': 'CreativeWork',
            url: source.entry.data.url,
            inLanguage: source.entry.data.lang,
            publisher: { '@type': 'Organization', name: source.entry.data.publisher },
            ...(source.entry.data.date ? { datePublished: source.entry.data.date } : {}),
          };
    }),
  );
  const updated = isoDay(entry.data.updated);
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
    itemListElement: events.map((e, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      item: {
        '@type': 'Event',
        '@id': `${url}#event-${e.id}`,
        name: e.data.title[lang],
        startDate: e.data.date,
      },
    })),
  };
  return [chronology];
}
