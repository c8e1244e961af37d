import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import * as fontkit from 'fontkit';
import { LOCALES_FILE, localeInfo, scriptInfo, type Locale } from '../i18n/locales';

/**
 * The social image of a locale (1200×630 PNG), drawn at build time from our
 * own SVG template with font files from npm packages (no external
 * service). resvg shapes Arabic and lays out right-to-left text itself.
 */
const require = createRequire(import.meta.url);

/** The locale's script's share-image font (the locale table's `scripts.*.image`), its files resolved from npm. */
function imageFont(lang: Locale) {
  const font = scriptInfo(lang).image;
  const resolve = (file: string) => {
    try {
      return require.resolve(file);
    } catch {
      throw new Error(`${LOCALES_FILE}: scripts.${localeInfo(lang).script}.image: the font file ${file} is not installed (add its npm package)`);
    }
  };
  return { ...font, files: [resolve(font.regular), resolve(font.bold)] };
}

const covers = new Map<string, fontkit.Font>();
/**
 * Characters of `text` the font has no glyph for: drawn, they would be empty
 * boxes (what a Hebrew title gave with only Latin and Arabic fonts).
 */
export function missingGlyphs(file: string, text: string): string[] {
  let font = covers.get(file);
  if (!font) covers.set(file, (font = fontkit.openSync(file) as fontkit.Font));
  return [...new Set([...text.replace(/\s/gu, '')])].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Greedy line breaking by an average glyph width; good enough for a title at a fixed size. */
function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = `${lines[maxLines - 1]!.replace(/\s+\S*$/, '')}…`;
  }
  return lines;
}

export function socialImage(lang: Locale, kicker: string, title: string, footer: string): Uint8Array {
  const rtl = localeInfo(lang).dir === 'rtl';
  const font = imageFont(lang);
  const family = font.family;
  // Every glyph of the image, in the font it is drawn with, or the build stops.
  for (const [file, text] of [[font.files[0]!, `${kicker}${footer}`], [font.files[1]!, title]] as const) {
    const missing = missingGlyphs(file, text);
    if (missing.length > 0) throw new Error(`og/${lang}.png: the share-image font ${family} (${LOCALES_FILE}, scripts.${localeInfo(lang).script}.image) has no glyph for ${missing.map((c) => `“${c}” U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ')}`);
  }
  const x = rtl ? 1120 : 80;
  const anchor = rtl ? 'end' : 'start';
  const lines = wrap(title, font.lineChars, 4);
  const lineHeight = font.lineHeight;
  const text = (y: number, size: number, weight: number, fill: string, content: string) =>
    `<text x="${x}" y="${y}" font-family="${family}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}" direction="${rtl ? 'rtl' : 'ltr'}">${escapeXml(content)}</text>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#fdfcf9"/>
  <rect width="1200" height="14" fill="#0b4f6c"/>
  <rect x="${rtl ? 1104 : 80}" y="96" width="16" height="16" fill="#c2410c"/>
  ${text(150, 34, 400, '#585e66', kicker)}
  ${lines.map((l, i) => text(250 + i * lineHeight, 64, 700, '#1b1d21', l)).join('\n  ')}
  <rect x="80" y="540" width="1040" height="2" fill="#d9d6cf"/>
  ${text(590, 30, 400, '#0b5c7e', footer)}
</svg>`;
  const png = new Resvg(svg, { font: { fontFiles: font.files, loadSystemFonts: false, defaultFontFamily: family }, fitTo: { mode: 'original' } }).render().asPng();
  return new Uint8Array(png);
}
