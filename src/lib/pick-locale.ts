/**
 * The best of our locales for a browser's language list, or null when none
 * matches (then the reader chooses). Matches on the primary subtag, in the
 * reader's order of preference: ["kk-KZ", "ru"] → "kk".
 */
export function pickLocale(preferred: readonly string[], available: readonly string[]): string | null {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary && available.includes(primary)) return primary;
  }
  return null;
}
