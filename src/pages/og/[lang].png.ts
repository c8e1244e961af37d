import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../i18n';
import { LOCALES, type Locale } from '../../i18n/locales';
import { localeStaticPaths } from '../../lib/routes';
import { socialImage } from '../../lib/social-image';
import { articleFor } from '../../lib/sources';

/** /og/{lang}.png: the Open Graph / Twitter card image of each language. */
export const getStaticPaths: GetStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Locale;
  const t = useTranslations(lang);
  const entry = await articleFor('explainer', lang);
  const png = socialImage(lang, t('site.name'), entry.data.title, t('site.tagline', { count: LOCALES.length }));
  return new Response(png.buffer as ArrayBuffer, { headers: { 'content-type': 'image/png' } });
};
