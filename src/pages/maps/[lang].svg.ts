import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../i18n/locales';
import { accordsMapSvg } from '../../lib/accords-map';
import { localeStaticPaths } from '../../lib/routes';

export const getStaticPaths: GetStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await accordsMapSvg(params.lang as Locale), { headers: { 'Content-Type': 'image/svg+xml' } });
