/** Modules generated from the locale table by src/integrations/locale-modules.ts. */
declare module 'virtual:search-languages' {
  /** Letters a reader may type in place of others, each with the plainer one. */
  export const FOLDS: Record<string, string>;
  /** Marks readers never type, as a regular-expression class body. */
  export const IGNORABLE: string;
  /** Per language, by its script: what may stand before and after a name in running text. */
  export const AFFIXES: { script: string; prefixes: string[]; endings: number }[];
  /** Articles written joined to the word (Arabic ال). */
  export const ARTICLES: string[];
  /** Language code → the Snowball stemmer its index is stemmed with. */
  export const STEMMERS: Record<string, string>;
}
declare module 'virtual:locale-typography.css';
