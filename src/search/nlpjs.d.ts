// The @nlpjs stemmer files ship without types; each exports one Snowball stemmer class.
declare module '@nlpjs/*/src/stemmer-en.js' {
  const Stemmer: new () => { stemWord(word: string): string };
  export default Stemmer;
}
declare module '@nlpjs/*/src/stemmer-ru.js' {
  const Stemmer: new () => { stemWord(word: string): string };
  export default Stemmer;
}
declare module '@nlpjs/*/src/stemmer-ar.js' {
  const Stemmer: new () => { stemWord(word: string): string };
  export default Stemmer;
}
