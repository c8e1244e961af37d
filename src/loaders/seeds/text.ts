/**
 * Turning a seed file's bytes into lines we can parse, without losing the
 * verbatim text. What we normalize (BOM, CRLF, trailing and non-breaking
 * spaces) is what editors' tools add by accident; everything else is kept.
 */

export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'invalid-utf8' | 'control-char'; line?: number; detail?: string };

// C0 controls other than tab and line breaks, DEL and C1 controls, which no
// news text contains and which usually mean a binary file or a broken export.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Decodes UTF-8 strictly and strips a leading BOM; CRLF and lone CR become LF. */
export function decodeSeed(bytes: Uint8Array): DecodeResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'invalid-utf8' };
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = CONTROL.exec(lines[i]!);
    if (m) {
      const code = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      return { ok: false, reason: 'control-char', line: i + 1, detail: `U+${code}` };
    }
  }
  return { ok: true, text };
}

/** Collapses no-break and other Unicode spaces to plain spaces and trims the line. */
export function normalizeLine(line: string): string {
  return line.replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ').replace(/[ \t]+/g, ' ').trim();
}

export interface SourceLine {
  /** 1-based line number in the file, for messages and the verbatim view. */
  line: number;
  /** Normalized text (see normalizeLine). */
  text: string;
}

export function toLines(text: string): SourceLine[] {
  return text.split('\n').map((raw, i) => ({ line: i + 1, text: normalizeLine(raw) }));
}

/**
 * Seeds sometimes mistype a Latin letter with its Cyrillic twin inside a
 * Latin word (seed 001: «Аxios» with U+0410). Such words break search and
 * name matching, so we repair them; only words that are otherwise all Latin.
 */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x',
};
export function repairMixedScriptWords(text: string): string {
  return text.replace(/[\p{L}]+/gu, (word) => {
    const latin = word.match(/\p{Script=Latin}/gu)?.length ?? 0;
    const cyr = [...word].filter((ch) => /\p{Script=Cyrillic}/u.test(ch));
    if (latin < 2 || cyr.length === 0 || cyr.length > 2) return word;
    if (!cyr.every((ch) => ch in CYRILLIC_TO_LATIN)) return word;
    return [...word].map((ch) => CYRILLIC_TO_LATIN[ch] ?? ch).join('');
  });
}
