/**
 * A pattern for one letter of a Unicode script, by the name the locale
 * table uses (`script`: Latin, Cyrillic, Arabic, Hebrew…). No imports: the
 * table's checks, seed detection and the browser's search all use it.
 */
export const scriptPattern = (name: string): RegExp => new RegExp(`\\p{Script=${name}}`, 'u');
