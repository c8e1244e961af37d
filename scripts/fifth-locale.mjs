#!/usr/bin/env node
/**
 * Adds the fifth language of tests/fixtures/fifth-locale/ (Hebrew, right to
 * left) to a copy of the project, following the README's "Adding a
 * language" step by step, and touching no code file: a row in the locale
 * table and its script's fonts, the UI strings, the glossary's names, the
 * stop words, the style sheet, and the language's text in every content
 * file. Long prose is placeholder Hebrew that says it is test text
 * («טקסט בדיקה של השפה החמישית»), with every citation, quote and date
 * mark of the English kept in place, so the content checks hold.
 *
 *   node scripts/fifth-locale.mjs [--out .fifth-locale] [--omit piece] [--build]
 *
 * --omit leaves one piece out (see PIECES), to show the build names what is
 * missing; --build runs `npm run build` in the copy.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURE = join(ROOT, 'tests/fixtures/fifth-locale');
const args = Object.fromEntries(process.argv.slice(2).reduce((p, a, i, all) => (a.startsWith('--') ? [...p, [a.slice(2), all[i + 1]?.startsWith('--') ? true : (all[i + 1] ?? true)]] : p), []));
let OUT = join(ROOT, typeof args.out === 'string' ? args.out : '.fifth-locale');

/** What adding a language takes, one piece each (the README's recipe, in order). */
export const PIECES = ['table', 'strings', 'glossary', 'stopwords', 'style', 'prose', 'summaries', 'data'];

const fixtureLocale = JSON.parse(readFileSync(join(FIXTURE, 'locale.json'), 'utf8'));
const CODE = fixtureLocale.locale.code;

const SKIP = /^(node_modules|dist(-[\w-]+)?|\.astro|\.git|\.fifth-locale[\w-]*|\.dev-preview|hosting|\.corpus-seeds|\.scale-seeds|test-results|playwright-report|reports|screenshots|scratch)$/;

/** A working copy of the project (sources and data; node_modules linked), for tests that change files. */
export function copyProject(out = OUT) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(ROOT)) {
    if (SKIP.test(name)) continue;
    cpSync(join(ROOT, name), join(out, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(out, 'node_modules'), 'dir');
  return out;
}

// ---------------------------------------------------------------- placeholder prose

const WORDS = ['טקסט', 'בדיקה', 'של', 'השפה', 'החמישית'];
let next = 0;
const word = () => WORDS[next++ % WORDS.length];
/** A token with a Latin letter (a word, a name, C5+1) becomes one Hebrew word; digits, dates and punctuation stay. */
const LATIN_TOKEN = /[\p{L}\p{N}'’.+\-]*\p{Script=Latin}[\p{L}\p{N}'’+\-]*|[\p{Script=Cyrillic}\p{Script=Arabic}]+/gu;
const hebrewize = (text) => text.replace(LATIN_TOKEN, () => word());

/** Placeholder Hebrew for a text, keeping its marks: [[quote:…]] and [[asof]] as they are, titles and terms in Hebrew. */
export function placeholder(text) {
  return text
    .split(/(\[\[[^\]]*\]\])/)
    .map((part, i) => {
      if (i % 2 === 0) return hebrewize(part);
      const m = /^\[\[(title|term):(.*)\]\]$/s.exec(part);
      return m ? `[[${m[1]}:${hebrewize(m[2])}]]` : part;
    })
    .join('');
}

/** The same number of words, in placeholder Hebrew: for texts checked by length (summaries). */
const sameLength = (text) => text.split(/\s+/).filter(Boolean).map(() => word()).join(' ');

/** MDX: every text node and prose attribute in placeholder Hebrew; tags, ids, citations and quotes kept. */
export function placeholderMdx(mdx) {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx);
  const frontHe = front.replace(/^(\w+): (.*)$/gm, (_, key, value) => `${key}: ${JSON.stringify(placeholder(value.replace(/^"|"$/g, '')))}`);
  const bodyHe = body
    .split(/(<[^>]*>)/)
    .map((part, i) => {
      if (i % 2 === 0) return placeholder(part);
      // Prose attributes of <KeyFacts>; ids, sources and citations stay.
      return part.replace(/\b(when|who|what|where|caption|label)="([^"]*)"/g, (_, k, v) => `${k}="${placeholder(v)}"`);
    })
    .join('');
  return `---\n${frontHe}\n---\n${bodyHe}`;
}

// ---------------------------------------------------------------- pieces

function addToTable() {
  const file = join(OUT, 'src/i18n/locales.json');
  const table = JSON.parse(readFileSync(file, 'utf8'));
  const { name, ...script } = fixtureLocale.script;
  table.locales.push(fixtureLocale.locale);
  table.scripts[name] = script;
  writeFileSync(file, `${JSON.stringify(table, null, 2)}\n`);
}

function addStrings() {
  cpSync(join(FIXTURE, 'strings', `${CODE}.json`), join(OUT, 'src/i18n/strings', `${CODE}.json`));
}

function yamlFiles(dir) {
  return readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f));
}

function editYaml(file, edit) {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  if (edit(doc) !== false) writeFileSync(file, doc.toString({ lineWidth: 0 }));
}

function addGlossary() {
  const he = parseDocument(readFileSync(join(FIXTURE, 'glossary.yaml'), 'utf8')).toJS();
  editYaml(join(OUT, 'content/glossary.yaml'), (doc) => {
    for (const entry of doc.contents.items) {
      const id = entry.get('id');
      if (!he[id]) throw new Error(`tests/fixtures/fifth-locale/glossary.yaml: no ${CODE} names for ${id}`);
      entry.get('names').set(CODE, doc.createNode(he[id].names, { flow: true }));
      entry.get('role').set(CODE, he[id].role);
    }
  });
}

function addStopwords() {
  const he = parseDocument(readFileSync(join(FIXTURE, 'stopwords.yaml'), 'utf8')).toJS();
  editYaml(join(OUT, 'content/search/stopwords.yaml'), (doc) => void doc.set(CODE, doc.createNode(he[CODE], { flow: true })));
}

function addStyle() {
  cpSync(join(FIXTURE, 'style.md'), join(OUT, 'content/style', `${CODE}.md`));
  editYaml(join(OUT, 'content/style/banned.yaml'), (doc) => void doc.set(CODE, doc.createNode([])));
}

function addProse() {
  for (const kind of ['explainer', 'background', 'method']) {
    writeFileSync(join(OUT, 'content', kind, `${CODE}.mdx`), placeholderMdx(readFileSync(join(OUT, 'content', kind, 'en.mdx'), 'utf8')));
  }
}

function addSummaries() {
  const dir = join(OUT, 'content/summaries');
  mkdirSync(join(dir, CODE), { recursive: true });
  // Every source, whatever its language, gets a summary in the new one (a Hebrew source would get none).
  const ids = new Set(readdirSync(join(dir, 'en')).concat(readdirSync(join(dir, 'ru'))));
  for (const file of ids) {
    const from = existsSync(join(dir, 'en', file)) ? join(dir, 'en', file) : join(dir, 'ru', file);
    const s = parseDocument(readFileSync(from, 'utf8')).toJS();
    const he = { summary: sameLength(s.summary), points: s.points.map(sameLength) };
    writeFileSync(join(dir, CODE, file), parseDocument(JSON.stringify(he)).toString({ lineWidth: 0 }));
  }
}

/**
 * Every other map of texts by language in content/ (chronology, categories, corrections,
 * the changelog, references' notes, quotes' translations…) gets its text in the new language.
 */
function addData() {
  const codes = JSON.parse(readFileSync(join(ROOT, 'src/i18n/locales.json'), 'utf8')).locales.map((l) => l.code);
  const skip = new Set(['content/glossary.yaml', 'content/search/stopwords.yaml', 'content/style/banned.yaml'].map((f) => join(OUT, f)));
  let added = 0;
  for (const file of yamlFiles(join(OUT, 'content'))) {
    if (skip.has(file) || file.includes(`${join('content', 'summaries')}`)) continue;
    editYaml(file, (doc) => {
      let changed = false;
      visit(doc, {
        Map(_, map) {
          const keys = map.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
          if (keys.length < codes.length - 1 || !keys.every((k) => codes.includes(k)) || keys.includes(CODE)) return;
          if (!map.items.every((p) => isScalar(p.value) && typeof p.value.value === 'string')) return;
          const from = map.get('en') ?? map.items[0].value.value;
          map.set(CODE, placeholder(from));
          changed = true;
          added++;
        },
      });
      return changed;
    });
  }
  if (added === 0) throw new Error('no texts by language found in content/: has its format changed?');
}

const APPLY = { table: addToTable, strings: addStrings, glossary: addGlossary, stopwords: addStopwords, style: addStyle, prose: addProse, summaries: addSummaries, data: addData };

export function makeFifthLocale({ omit, out } = {}) {
  if (out) OUT = join(ROOT, out);
  next = 0;
  copyProject();
  for (const piece of PIECES) if (piece !== omit) APPLY[piece]();
  return OUT;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (args.omit && !PIECES.includes(args.omit)) {
    console.error(`--omit: one of ${PIECES.join(', ')}`);
    process.exit(2);
  }
  makeFifthLocale({ omit: args.omit });
  console.log(`${relative(ROOT, OUT)}/: the site with ${CODE} added${args.omit ? `, without its ${args.omit}` : ''}`);
  if (args.build) {
    const r = spawnSync('npm', ['run', 'build'], { cwd: OUT, stdio: 'inherit' });
    process.exit(r.status ?? 1);
  }
}
