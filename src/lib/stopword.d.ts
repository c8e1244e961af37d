/** The `stopword` package ships no types: its lists are named by ISO 639-3 code (eng, rus, ara). */
declare module 'stopword' {
  const lists: Record<string, unknown>;
  export = lists;
}
