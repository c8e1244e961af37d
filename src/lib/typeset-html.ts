import { decodeHTML, escapeText } from 'entities';
import { Parser } from 'htmlparser2';
import { isLocale, localeInfo } from '../i18n/locales';
import { typeset } from './typography';

/**
 * The build's last pass over each page's text (src/integrations/typography.ts):
 * every text node gets its language's typography, by the `lang` it is in,
 * and in right-to-left text every run of Latin letters (C5+1, Lada.kz, WNAM,
 * Boeing 787-9) is isolated in a <bdi>, so neighbouring punctuation and
 * digits stay where an Arabic reader expects them, on every page and from
 * every kind of content. Only text changes: tags and attributes are copied
 * byte for byte.
 *
 * Left as written: scripts and styles; preformatted text; anything marked
 * `data-verbatim` (a news text's own headline and set-aside lines) or
 * `data-source-article` (a news text as received). Quotations are set like
 * the text around them: typography changes spaces and dashes, never words.
 */
const RAW = new Set(['script', 'style', 'template', 'textarea', 'pre', 'code', 'svg', 'math']);
/** Elements whose content is text only: typography yes, <bdi> no. */
const TEXT_ONLY = new Set(['title', 'option']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

interface Frame {
  name: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** No change at all inside. */
  keep: boolean;
  /** Already isolated, or already left to right: no <bdi> inside. */
  isolated: boolean;
}

/** A run of Latin script with what belongs to it: digits, dots, plus signs, hyphens, apostrophes, inner spaces. */
const LATIN_RUN = /[A-Za-z][A-Za-z0-9.+\-–’'&/]*(?:[  ][A-Za-z0-9][A-Za-z0-9.+\-–’'&/]*)*/g;

function isolateLatin(escaped: string): string {
  // Text is escaped HTML here; entities are Latin too, so skip them: split them out first.
  return escaped.replace(/(&[a-z]+;|&#\d+;)|([^&]+)/gi, (_match: string, entity: string | undefined, text: string | undefined) =>
    entity ? entity : (text ?? '').replace(LATIN_RUN, (run) => {
      const trimmed = run.replace(/[.\-–]+$/, '');
      return `<bdi>${trimmed}</bdi>${run.slice(trimmed.length)}`;
    }),
  );
}

export function typesetHtml(html: string): string {
  const edits: { start: number; end: number; text: string }[] = [];
  const stack: Frame[] = [{ name: '#root', lang: '', dir: 'ltr', keep: false, isolated: true }];
  let pending: { start: number; end: number } | null = null;

  const flush = () => {
    if (!pending) return;
    const { start, end } = pending;
    pending = null;
    const top = stack.at(-1)!;
    if (top.keep || RAW.has(top.name)) return;
    const raw = html.slice(start, end);
    const text = decodeHTML(raw);
    let out = escapeText(typeset(text, top.lang)).replace(/&nbsp;/g, '\u00a0');
    if (top.dir === 'rtl' && !top.isolated && !TEXT_ONLY.has(top.name)) out = isolateLatin(out);
    if (out !== raw) edits.push({ start, end, text: out });
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        flush();
        const parent = stack.at(-1)!;
        const lang = attrs.lang ?? (name === 'html' ? '' : parent.lang);
        const dir = attrs.dir === 'rtl' || attrs.dir === 'ltr' ? attrs.dir : attrs.lang && isLocale(attrs.lang) ? localeInfo(attrs.lang).dir : parent.dir;
        const frame: Frame = {
          name,
          lang,
          dir,
          keep: parent.keep || RAW.has(name) || 'data-verbatim' in attrs || 'data-source-article' in attrs,
          isolated: name === 'html' ? false : parent.isolated || name === 'bdi' || (attrs.dir !== undefined && attrs.dir !== 'rtl') || (attrs.lang !== undefined && attrs.lang !== parent.lang),
        };
        if (name === 'html') frame.isolated = dir !== 'rtl';
        if (!VOID.has(name)) stack.push(frame);
      },
      ontext() {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (pending && pending.end === start) pending.end = end;
        else {
          flush();
          pending = { start, end };
        }
      },
      onclosetag(name) {
        flush();
        if (VOID.has(name)) return;
        // Close up to the matching element (the HTML we build is well formed; this is only a guard).
        const at = stack.map((f) => f.name).lastIndexOf(name);
        if (at > 0) stack.length = at;
      },
      oncomment() {
        flush();
      },
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  let out = html;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
