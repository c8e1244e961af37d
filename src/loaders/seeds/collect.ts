import { LOCALE_CODES, isLocale } from '../../i18n/locales.ts';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseSeed, isCalendarDate, type EditorEntry, type ParsedSeed } from './parse.ts';
import type { SeedProblem } from './problems.ts';

export const SEEDS_DIR = 'seeds';
export const EDITOR_FILE = 'content/seeds.yaml';

const EDITOR_KEYS = new Set(['id', 'outlet', 'url', 'headline', 'date', 'datePrecision', 'lang']);

/** Reads and checks content/seeds.yaml; a missing file is an empty one. */
export async function readEditorFile(root: string): Promise<{ entries: Map<string, EditorEntry>; problems: SeedProblem[] }> {
  const problems: SeedProblem[] = [];
  const entries = new Map<string, EditorEntry>();
  let raw: string;
  try {
    raw = await readFile(join(root, EDITOR_FILE), 'utf8');
  } catch {
    return { entries, problems };
  }
  let doc: unknown;
  try {
    doc = parseYaml(raw);
  } catch (e) {
    const err = e as { message?: string; linePos?: { line: number }[] };
    problems.push({ file: EDITOR_FILE, ...(err.linePos?.[0] ? { line: err.linePos[0].line } : {}), message: `is not valid YAML (${(err.message ?? '').split('\n')[0]}).`, fix: 'Fix the indentation or quoting at that line.' });
    return { entries, problems };
  }
  if (doc == null) return { entries, problems };
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    problems.push({ file: EDITOR_FILE, message: 'must map seed file names to their details.', fix: 'Write “005_name.txt:” followed by indented fields.' });
    return { entries, problems };
  }
  for (const [file, value] of Object.entries(doc as Record<string, unknown>)) {
    const bad = (message: string, fix: string) => problems.push({ file: EDITOR_FILE, message: `${file}: ${message}`, fix });
    if (value == null || typeof value !== 'object' || Array.isArray(value)) {
      bad('has no fields.', 'Give it at least one field (outlet, url, headline, date, datePrecision, lang, id).');
      continue;
    }
    const v = value as Record<string, unknown>;
    for (const key of Object.keys(v)) {
      if (!EDITOR_KEYS.has(key)) bad(`has an unknown field “${key}”.`, `Use only: ${[...EDITOR_KEYS].join(', ')}.`);
    }
    const str = (key: string): string | undefined => {
      const x = v[key];
      if (x === undefined) return undefined;
      // YAML reads an unquoted 2025-11-07 as a date object; accept it as text.
      if (x instanceof Date) return x.toISOString().slice(0, 10);
      if (typeof x !== 'string' || x.trim() === '') {
        bad(`field “${key}” must be non-empty text.`, 'Write it as text, e.g. outlet: Lada.kz');
        return undefined;
      }
      return x.trim();
    };
    const entry: EditorEntry = {};
    const id = str('id');
    if (id !== undefined) {
      if (/^[a-z0-9][a-z0-9_-]*$/.test(id)) entry.id = id;
      else bad(`id “${id}” may use only a–z, 0–9, “-” and “_”.`, 'Choose a URL-safe id.');
    }
    const outlet = str('outlet');
    if (outlet) entry.outlet = outlet;
    const url = str('url');
    if (url) {
      if (/^https?:\/\/[^\s]+$/.test(url)) entry.url = url;
      else bad(`url “${url}” is not an http(s) address.`, 'Write the full address, starting with https://');
    }
    const headline = str('headline');
    if (headline) entry.headline = headline;
    const date = str('date');
    if (date !== undefined) {
      if (isCalendarDate(date)) entry.date = date;
      else bad(`date “${date}” is not a real YYYY-MM-DD date.`, 'Write an existing date as YYYY-MM-DD.');
    }
    const precision = str('datePrecision');
    if (precision !== undefined) {
      if (precision === 'day' || precision === 'approx') entry.datePrecision = precision;
      else bad(`datePrecision “${precision}” is not “day” or “approx”.`, 'Use day or approx.');
    }
    const lang = str('lang');
    if (lang !== undefined) {
      if (isLocale(lang)) entry.lang = lang;
      else bad(`lang “${lang}” is not one of the site's languages (${LOCALE_CODES.join(', ')}, from src/i18n/locales.json).`, `Use one of ${LOCALE_CODES.join(', ')}, or add the language to the site first (README, Adding a language).`);
    }
    entries.set(file, entry);
  }
  return { entries, problems };
}

export interface CollectResult {
  seeds: ParsedSeed[];
  problems: SeedProblem[];
}

/** Today's date in UTC, the cut-off for "a date in the future". */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Parses every file in seeds/ and checks what only the whole set can show:
 * duplicate texts, duplicate ids, editor entries for seeds that do not exist.
 */
export async function collectSeeds(root: string, today = todayUtc(), seedsDir = process.env.SEEDS_DIR ?? join(root, SEEDS_DIR)): Promise<CollectResult> {
  const problems: SeedProblem[] = [];
  const { entries, problems: editorProblems } = await readEditorFile(root);
  problems.push(...editorProblems);

  let files: string[];
  try {
    files = (await readdir(seedsDir, { withFileTypes: true }))
      .filter((d) => d.isFile() && !d.name.startsWith('.'))
      .map((d) => d.name)
      .sort();
  } catch {
    problems.push({ file: `${SEEDS_DIR}/`, message: 'does not exist.', fix: 'Create the seeds/ folder and put the news texts in it.' });
    return { seeds: [], problems };
  }
  if (files.length === 0) {
    problems.push({ file: `${SEEDS_DIR}/`, message: 'is empty.', fix: 'Add at least one news text.' });
  }

  const seeds: ParsedSeed[] = [];
  const byText = new Map<string, string>();
  const byId = new Map<string, string>();
  for (const file of files) {
    const path = `${SEEDS_DIR}/${file}`;
    const bytes = await readFile(join(seedsDir, file));
    const result = parseSeed(bytes, { path, file, today, ...(entries.has(file) ? { editor: entries.get(file)! } : {}) });
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const seed = result.seed;
    const textKey = seed.paragraphs.map((p) => p.text).join('\n');
    const twin = byText.get(textKey);
    if (twin) {
      problems.push({ file: path, message: `has the same article text as seeds/${twin}.`, fix: 'Delete one of the two files.' });
      continue;
    }
    byText.set(textKey, file);
    const idTwin = byId.get(seed.id);
    if (idTwin) {
      problems.push({ file: path, message: `has the id “${seed.id}”, already used by seeds/${idTwin}.`, fix: `Rename one file, or give one an id in ${EDITOR_FILE}.` });
      continue;
    }
    byId.set(seed.id, file);
    seeds.push(seed);
  }
  for (const file of entries.keys()) {
    if (!files.includes(file)) {
      problems.push({ file: EDITOR_FILE, message: `has an entry for ${file}, but there is no seeds/${file}.`, fix: 'Correct the file name, or remove the entry.' });
    }
  }
  return { seeds, problems };
}
