/**
 * Every rule that sets a line (or the start of one) apart from the article
 * text. This is the only place such rules live: the parser applies them, the
 * build log reports what each matched, and the source page shows what was set
 * aside and why. A line no rule matches is article text.
 *
 * Rule ids are stable: they are the keys of the `noise.*` UI strings.
 */

export type NoiseRuleId =
  | 'date-prefix'
  | 'metadata-line'
  | 'duplicate-headline'
  | 'dateline'
  | 'photo-credit'
  | 'comment-counter'
  | 'read-also'
  | 'suggested-stories'
  | 'embedded-tweet';

export interface LineRule {
  id: NoiseRuleId;
  /** Why such a line is not article text (English, for the build log). */
  why: string;
  test: (text: string) => boolean;
}

/** Lines that are never article text, wherever they stand. */
export const LINE_RULES: readonly LineRule[] = [
  {
    id: 'photo-credit',
    why: 'a photo credit describes an image that is not part of the text',
    test: (t) => /^(Фото|Photo|Сурет|الصورة|صورة)\s*:/iu.test(t) && t.length <= 120,
  },
  {
    id: 'comment-counter',
    why: 'a comment counter is part of the web page around the article',
    test: (t) =>
      /^Комментари[а-яё]*\s*\d+\s*(комментари[а-яё()]*)?$/iu.test(t) ||
      /^\d+\s*(comments?|комментари[а-яё()]*|пікір)$/iu.test(t) ||
      /^(comments?|пікірлер)\s*\d+$/iu.test(t),
  },
  {
    id: 'read-also',
    why: 'a “read also” link points to another story',
    test: (t) =>
      /^(Читайте также|Read also|Read more|See also|Оқи отырыңыз|Сондай-ақ оқыңыз|اقرأ أيضً?ا|اقرأ ايضا)\s*[:：]/iu.test(t),
  },
  {
    id: 'suggested-stories',
    why: 'a “suggested stories” label belongs to the web page, not the article',
    test: (t) => /^(قصص مقترحة|Suggested stories|Related stories|Похожие новости|Ұқсас жаңалықтар)$/iu.test(t),
  },
  {
    id: 'embedded-tweet',
    why: 'an embedded post is quoted material from X (Twitter), not the outlet’s text',
    // "… — Name (@handle) Month D, YYYY", the shape of a pasted tweet embed.
    test: (t) => /[—–-]\s*[^—–]{1,80}\(@\w{1,30}\)\s+[A-Z][a-z]+ \d{1,2}, \d{4}$/u.test(t),
  },
];

/**
 * A dateline glued to the start of the first paragraph: "ASTANA ( WNAM
 * MONITIRONG): …" or "ВАШИНГТОН. KAZINFORM – …". Returns the dateline part.
 */
export function matchDatelinePrefix(text: string): string | null {
  const patterns = [
    // CITY (AGENCY): or CITY, date (AGENCY) -
    /^[\p{Lu}][\p{Lu}\s.'-]{1,40}\(\s*[\p{Lu}\s.'-]{2,40}\)\s*[:—–-]\s*/u,
    // CITY. AGENCY – (Kazinform style)
    /^[\p{Lu}][\p{Lu}\s'-]{1,40}\.\s+[\p{Lu}][\p{Lu}\s'-]{1,30}\s+[—–-]\s+/u,
  ];
  for (const re of patterns) {
    const m = re.exec(text);
    if (m && m[0].length < text.length) return m[0];
  }
  return null;
}

/**
 * A line standing alone before the first paragraph with one or two words
 * and no sentence punctuation is a dateline ("واشنطن", "ASTANA").
 */
export function isStandaloneDateline(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 2 && text.length <= 30 && !/[.!?,:;،؛؟\d]/u.test(text);
}

/** ` date 2025-11-07 …` at the very start of a seed, as the collector writes it. */
export const DATE_PREFIX = /^date\s+(\S+)(?:\s+(.*))?$/u;

/**
 * A page-metadata line: fields separated by "|" with a DD-MM-YYYY date
 * (seed 003). The dates are read from it, the line is set aside.
 */
export function matchMetadataLine(text: string): string[] | null {
  if (!text.includes('|')) return null;
  const dates = [...text.matchAll(/\b(\d{2})-(\d{2})-(\d{4})\b/g)].map((m) => `${m[3]}-${m[2]}-${m[1]}`);
  return dates.length > 0 ? dates : null;
}

export const RULE_WHY: Record<NoiseRuleId, string> = {
  'date-prefix': 'the date line is metadata added when the text was collected',
  'metadata-line': 'page metadata (dates, author, agency); the date is read from it',
  'duplicate-headline': 'the headline repeated inside the text',
  dateline: 'the dateline and agency credit open the story but are not article text',
  ...Object.fromEntries(LINE_RULES.map((r) => [r.id, r.why])),
} as Record<NoiseRuleId, string>;
