import { inLanguage, inMarks, useTranslations } from '../i18n';
import type { Locale } from '../i18n/locales';
import { parseInlineFrom } from './inline';
import { plainQuote, quoteById } from './quotes';
import { asOfPhrase, checkedAsOf } from './status';

/**
 * A data string with its marks drawn as plain text, for what cannot hold
 * markup: search records, feeds, page descriptions. Same words as the page.
 */
export async function plainText(text: string, lang: Locale, from: string): Promise<string> {
  const t = useTranslations(lang);
  const out: string[] = [];
  for (const s of parseInlineFrom(text, from)) {
    if (s.kind === 'text') out.push(s.text);
    else if (s.kind === 'title' || s.kind === 'term') out.push(inMarks(s.text, lang));
    else if (s.kind === 'asof') out.push(asOfPhrase(await checkedAsOf(), lang, s.start));
    else {
      const q = await quoteById(s.id, from);
      out.push(plainQuote(q, lang, (original) => t('quote.inline', { in: inLanguage(q.data.lang, lang), original })));
    }
  }
  return out.join('');
}
