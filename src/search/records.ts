/**
 * Search records that are not pages: chronology events and who's-who
 * entries. Pages emit them as JSON during the build (src/pages/
 * search-records/[lang].json.ts); the search integration indexes and then
 * deletes them.
 */
export const RECORDS_DIR = 'search-records';

export type SearchKind = 'section' | 'event' | 'source' | 'term';

export interface SearchRecord {
  /** Site-absolute URL without the deploy base; Pagefind's baseUrl adds it in the browser. */
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
