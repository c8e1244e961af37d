import { dirOf, useTranslations } from '../i18n';
import { scriptInfo, type Locale } from '../i18n/locales';
import { mapParties, nameOf } from './content-data';
import { formatYear } from './dates';
import { layoutMap, type MapLayout } from './map';

/**
 * The map of the accords as a standalone SVG file per language
 * (`/maps/{lang}.svg`), shown with `<img loading="lazy">`: it sits below
 * the fold, so the explainer's first view does not carry its 5 KB. The same
 * data is on the page as a table. Colours live here, not in the site's CSS,
 * because a page's stylesheet does not reach into an image.
 */
export const MAP_STATUSES = ['party', 'signed', 'declaration', 'announced'] as const;
export const MAP_SIZE = { width: 800, height: 440 } as const;

// One projection and simplified world for the page's table and every language's SVG.
let layout: MapLayout | undefined;
const mapLayout = () => (layout ??= layoutMap(MAP_SIZE.width, MAP_SIZE.height));

export async function mapPartiesFor(lang: Locale) {
  const map = mapLayout();
  return Promise.all(
    (await mapParties()).map(async (p) => {
      const [x, y] = map.project(p.data.label);
      const shape = map.shape(p.data.iso);
      const name = await nameOf(p.data.glossary, lang);
      // A country too small to see at this scale (Bahrain) gets a dot under its name.
      return { ...p.data, name, label: `${name} ${formatYear(p.data.date.slice(0, 4), lang)}`, x, y, d: shape?.d, dot: !shape || shape.area < 40 };
    }),
  );
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The map's style; its labels in the font stack of the language's script (the locale table's `scripts.*.mapFonts`). */
const style = (fonts: string) => `
.sea{fill:#f2efe8}.land{fill:#d9d4c7}.borders{fill:none;stroke:#fdfcf9;stroke-width:.6}
.p{stroke:#fdfcf9;stroke-width:.8}.party{fill:#1b1d21}.signed{fill:#0b5c7e}.declaration{fill:#8fb3c4}.announced{fill:#c2410c}
.dot{stroke:#fff;stroke-width:1}
text{font:700 15px ${fonts};fill:#111;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
@media (prefers-color-scheme:dark){.sea{fill:#1f2327}.land{fill:#3b3f45}.borders,.p{stroke:#15171a}.party{fill:#e9e7e2}}
`.trim();

export async function accordsMapSvg(lang: Locale): Promise<string> {
  const t = useTranslations(lang);
  const map = mapLayout();
  const parties = await mapPartiesFor(lang);
  const shapes = parties.filter((p) => p.d).map((p) => `<path class="p ${p.status}" d="${p.d}"/>`);
  const labels = parties.map(
    (p) =>
      `<g>${p.dot ? `<circle class="dot ${p.status}" cx="${p.x}" cy="${p.y}" r="4"/>` : ''}<text x="${p.x}" y="${p.dot ? p.y - 9 : p.y + 5}" text-anchor="middle">${escape(p.label)}</text></g>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}" lang="${lang}" direction="${dirOf(lang)}">`,
    `<title>${escape(t('map.title'))}</title><desc>${escape(t('map.desc'))}</desc>`,
    `<style>${style(scriptInfo(lang).mapFonts)}</style>`,
    `<rect class="sea" width="${map.width}" height="${map.height}"/>`,
    `<path class="land" d="${map.land}"/><path class="borders" d="${map.borders}"/>`,
    ...shapes,
    ...labels,
    '</svg>',
  ].join('');
}
