import { LOCALE_CODES } from '../../i18n/locales.ts';
import { detectLanguage } from './language.ts';
import {
  DATE_PREFIX,
  LINE_RULES,
  isStandaloneDateline,
  matchDatelinePrefix,
  matchMetadataLine,
  type NoiseRuleId,
} from './noise-rules.ts';
import type { SeedProblem } from './problems.ts';
import { decodeSeed, repairMixedScriptWords, toLines, type SourceLine } from './text.ts';

/** What `content/seeds.yaml` may say about one seed. */
export interface EditorEntry {
  id?: string;
  outlet?: string;
  url?: string;
  headline?: string;
  date?: string;
  datePrecision?: 'day' | 'approx';
  /** A code of the locale table (src/i18n/locales.json). */
  lang?: string;
}

export interface NoiseItem {
  line: number;
  rule: NoiseRuleId;
  text: string;
}

export interface Paragraph {
  line: number;
  text: string;
}

export interface ParsedSeed {
  id: string;
  file: string;
  /** A code of the locale table (src/i18n/locales.json). */
  lang: string;
  langSource: 'detected' | 'editors';
  date: string;
  dateSource: 'text' | 'editors';
  datePrecision: 'day' | 'approx';
  headline: string | null;
  headlineSource: 'text' | 'editors' | null;
  outlet: string | null;
  url: string | null;
  dateline: string | null;
  paragraphs: Paragraph[];
  noise: NoiseItem[];
  /** Mixed-script words repaired for reading and search (the verbatim keeps them). */
  repairs: { line: number; from: string; to: string }[];
  verbatim: string;
}

export interface ParseOptions {
  /** Path shown in messages, relative to the project root. */
  path: string;
  /** File name inside seeds/, the key of content/seeds.yaml. */
  file: string;
  editor?: EditorEntry;
  /** The build's date (YYYY-MM-DD, UTC): a seed cannot be published after it. */
  today: string;
}

export type ParseResult = { ok: true; seed: ParsedSeed } | { ok: false; problems: SeedProblem[] };

/** Stable id of a seed: its file name without extension, made URL-safe. */
export function seedIdFromFile(file: string): string {
  return file
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Checks a YYYY-MM-DD string is a real calendar date. */
export function isCalendarDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A headline is short and does not end like a sentence. The collector's
 * first line is ` date YYYY-MM-DD Headline`; when what follows the date is
 * a paragraph (seed 000), it is article text instead.
 */
function looksLikeHeadline(text: string): boolean {
  return text.length > 0 && text.length <= 200 && !/[.:;]$/u.test(text) && text.split(/\s+/).length <= 25;
}

export function parseSeed(bytes: Uint8Array, opts: ParseOptions): ParseResult {
  const { path, file, editor = {}, today } = opts;
  const problems: SeedProblem[] = [];
  const problem = (message: string, fix: string, line?: number) =>
    problems.push(line ? { file: path, line, message, fix } : { file: path, message, fix });

  const decoded = decodeSeed(bytes);
  if (!decoded.ok) {
    if (decoded.reason === 'invalid-utf8') {
      problem('is not valid UTF-8 text.', 'Save the file as UTF-8 (in most editors: “Save with encoding → UTF-8”).');
    } else {
      problem(
        `contains the control character ${decoded.detail}, which no news text has.`,
        'Remove it (it usually comes from a binary file or a broken copy-paste).',
        decoded.line,
      );
    }
    return { ok: false, problems };
  }
  const verbatim = decoded.text;
  const lines = toLines(verbatim);
  if (lines.every((l) => l.text === '')) {
    problem('is empty.', 'Paste the article text into it, or delete the file.');
    return { ok: false, problems };
  }

  const noise: NoiseItem[] = [];
  const setAside = (l: SourceLine, rule: NoiseRuleId, text = l.text) => noise.push({ line: l.line, rule, text });
  const content: SourceLine[] = [];

  let date: string | null = null;
  let headline: string | null = null;
  let headlineLine: number | null = null;

  // 1. The collector's date prefix on the first line, or a metadata line.
  const first = lines.find((l) => l.text !== '')!;
  const prefix = DATE_PREFIX.exec(first.text);
  for (const l of lines) {
    if (l.text === '') continue;
    if (l === first && prefix) {
      const raw = prefix[1]!;
      setAside(l, 'date-prefix', `date ${raw}`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) {
        problem(`starts with a date line, but “${raw}” is not a YYYY-MM-DD date.`, 'Write the date as YYYY-MM-DD, e.g. “ date 2025-11-07 Headline”.', l.line);
      } else if (!isCalendarDate(raw)) {
        problem(`gives the date ${raw}, which does not exist.`, 'Correct the date (YYYY-MM-DD).', l.line);
      } else {
        date = raw;
      }
      const rest = prefix[2]?.trim() ?? '';
      if (rest && looksLikeHeadline(rest)) {
        headline = rest;
        headlineLine = l.line;
      } else if (rest) {
        content.push({ line: l.line, text: rest });
      }
      continue;
    }
    // Page metadata sits at the top, before the story proper.
    const meta = content.length <= 3 ? matchMetadataLine(l.text) : null;
    if (meta && date === null) {
      setAside(l, 'metadata-line');
      const valid = meta.filter(isCalendarDate).sort();
      if (valid.length === 0) {
        problem(`has a metadata line whose date (${meta.join(', ')}) does not exist.`, 'Correct the date (DD-MM-YYYY in that line).', l.line);
      } else {
        // Published precedes updated: the earliest date is the publication date.
        date = valid[0]!;
      }
      continue;
    }
    // A one-word first line is a dateline ("ASTANA"), not a headline.
    if (headline === null && content.length === 0 && looksLikeHeadline(l.text) && l.text.split(' ').length >= 2) {
      headline = l.text;
      headlineLine = l.line;
      continue;
    }
    content.push(l);
  }

  // 2. Lines that are not article text.
  const body: SourceLine[] = [];
  for (const l of content) {
    if (headline !== null && l.text === headline && l.line !== headlineLine) {
      setAside(l, 'duplicate-headline');
      continue;
    }
    const rule = LINE_RULES.find((r) => r.test(l.text));
    if (rule) {
      setAside(l, rule.id);
      continue;
    }
    if (body.length === 0 && isStandaloneDateline(l.text)) {
      setAside(l, 'dateline');
      continue;
    }
    body.push(l);
  }

  let dateline: string | null = null;
  if (body.length > 0) {
    const lead = body[0]!;
    const prefixText = matchDatelinePrefix(lead.text);
    if (prefixText) {
      dateline = prefixText.trim();
      setAside(lead, 'dateline', dateline);
      body[0] = { line: lead.line, text: lead.text.slice(prefixText.length) };
    }
  }
  const standalone = noise.find((n) => n.rule === 'dateline' && n.text !== dateline);
  if (!dateline && standalone) dateline = standalone.text;

  if (body.length === 0) {
    problem('has no article text once its headline and metadata are set aside.', 'Add the article text below the headline.');
  }

  const repairs: ParsedSeed['repairs'] = [];
  const paragraphs = body.map((l) => {
    const repaired = repairMixedScriptWords(l.text);
    if (repaired !== l.text) {
      const from = l.text.split(/\s+/).filter((w, i) => w !== repaired.split(/\s+/)[i]);
      const to = repaired.split(/\s+/).filter((w, i) => w !== l.text.split(/\s+/)[i]);
      from.forEach((f, i) => repairs.push({ line: l.line, from: f, to: to[i] ?? '' }));
    }
    return { line: l.line, text: repaired };
  });

  // 3. Language, from the article text only (an embedded tweet or a quote
  // in another script must not decide it).
  let lang: ParsedSeed['lang'] | null = editor.lang ?? null;
  const langSource: ParsedSeed['langSource'] = editor.lang ? 'editors' : 'detected';
  if (!lang && paragraphs.length > 0) {
    const detected = detectLanguage(paragraphs.map((p) => p.text).join('\n'));
    if (detected.ok) lang = detected.lang;
    else if (detected.reason === 'mixed') {
      problem(`mixes scripts too much to tell its language (${detected.detail}).`, `Declare it in content/seeds.yaml: “${file}: { lang: ${LOCALE_CODES[0]} }” (one of ${LOCALE_CODES.join(', ')}).`);
    } else {
      problem(`is not in one of the site's languages, ${LOCALE_CODES.join(', ')} (${detected.detail}).`, `Translate it, or if it is one of these, declare it in content/seeds.yaml: “${file}: { lang: ${LOCALE_CODES[0]} }”.`);
    }
  }

  // 4. Date: the text's own date wins; the editors' file fills a gap.
  let dateSource: ParsedSeed['dateSource'] = 'text';
  if (editor.date !== undefined) {
    if (date !== null && editor.date !== date) {
      problems.push({ file: 'content/seeds.yaml', message: `gives ${file} the date ${editor.date}, but the text itself says ${date}.`, fix: 'Remove the date from content/seeds.yaml, or correct the seed.' });
    } else if (date === null) {
      date = editor.date;
      dateSource = 'editors';
    }
  }
  if (date === null && !problems.some((p) => p.message.includes('date'))) {
    problem('carries no date (no “ date YYYY-MM-DD” first line, no metadata line) and content/seeds.yaml gives none.', `Start the file with “ date YYYY-MM-DD Headline”, or add “${file}: { date: YYYY-MM-DD }” to content/seeds.yaml.`);
  }
  if (date !== null && date > today) {
    problem(`is dated ${date}, after today (${today}).`, 'Correct the date; a report cannot be published in the future.');
  }

  if (problems.length > 0) return { ok: false, problems };

  return {
    ok: true,
    seed: {
      id: editor.id ?? seedIdFromFile(file),
      file,
      lang: lang!,
      langSource,
      date: date!,
      dateSource,
      datePrecision: dateSource === 'editors' ? (editor.datePrecision ?? 'day') : 'day',
      headline: headline ?? editor.headline ?? null,
      headlineSource: headline ? 'text' : editor.headline ? 'editors' : null,
      outlet: editor.outlet ?? null,
      url: editor.url ?? null,
      dateline,
      paragraphs,
      noise: noise.sort((a, b) => a.line - b.line),
      repairs,
      verbatim,
    },
  };
}
