import 'i18next';
import type en from './strings/en.json';

// Keys of `t()` are checked against the English strings at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    returnNull: false;
  }
}
