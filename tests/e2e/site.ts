import { collectSeeds } from '../../src/loaders/seeds/collect';
import { LOCALES } from '../../src/i18n/locales';
import { routePath, type Route } from '../../src/lib/routes';

/** What the site must contain, derived from the same data the build reads. */
export const ROOT = new URL('../..', import.meta.url).pathname;
export const locales = LOCALES;
export const seeds = (await collectSeeds(ROOT)).seeds;

export const routes: Route[] = [
  { kind: 'explainer' },
  { kind: 'background' },
  { kind: 'chronology' },
  { kind: 'sources' },
  { kind: 'method' },
  ...seeds.map((s): Route => ({ kind: 'source', id: s.id })),
];

/** Path relative to the baseURL (no leading slash), so sub-path builds work. */
export const rel = (path: string) => path.replace(/^\//, '');
export const pathOf = (lang: string, route: Route) => rel(routePath(lang as never, route));
