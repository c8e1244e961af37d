import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { languageName, useTranslations } from '../../i18n';
import { type Locale } from '../../i18n/locales';
import { href, withBase, localeStaticPaths } from '../../lib/routes';
import { allSeeds, articleFor, headlineText } from '../../lib/sources';
import { articleUpdated } from '../../lib/article-dates';

/** /{lang}/feed.xml: the explainer's updates and every news source, in the reader's language. */
export const getStaticPaths: GetStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Locale;
  const t = useTranslations(lang);
  const explainer = await articleFor('explainer', lang);
  const seeds = await allSeeds();
  return rss({
    title: t('site.name'),
    description: t('site.description'),
    site: new URL(withBase('/'), site).href,
    customData: `<language>${lang}</language>`,
    items: [
      {
        title: explainer.data.title,
        link: href(lang, { kind: 'explainer' }),
        pubDate: new Date(`${articleUpdated('explainer', lang)}T00:00:00Z`),
        description: explainer.data.description,
      },
      ...seeds.map((seed) => ({
        title: headlineText(seed, lang),
        link: href(lang, { kind: 'source', id: seed.id }),
        pubDate: new Date(`${seed.data.date}T00:00:00Z`),
        description: [seed.data.outlet ?? t('sources.outletUnknown'), languageName(seed.data.lang, lang)].join(' · '),
        customData: `<category>${t('nav.sources')}</category>`,
      })),
    ].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()),
    trailingSlash: true,
  });
};
