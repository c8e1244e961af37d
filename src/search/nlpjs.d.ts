// The @nlpjs files we import (src/search/stemmers.ts) ship without types;
// each exports one Snowball stemmer class.
declare module '@nlpjs/*.js' {
  const Stemmer: new () => { stemWord(word: string): string };
  export default Stemmer;
}
