import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { collectSeeds } from '../loaders/seeds/collect.ts';
import { formatProblem } from '../loaders/seeds/problems.ts';

/**
 * What each language still lacks: for every piece of content that exists
 * per language (each section of the explainer, the background and the
 * method page, each chronology event, glossary entry, category, correction,
 * changelog entry, reference note and quote translation, each UI string),
 * the languages that miss it and those older than the language it was last
 * changed in, from git blame on the lines of each language's version. And
 * what each news text still needs: its summaries, its outlet and address in
 * content/seeds.yaml, a citation. `npm run status`; the build prints its
 * one-line summary.
 */

export interface Gap {
  /** Where: "content/explainer/{lang}.mdx §why-it-matters", "content/glossary.yaml tokayev role". */
  piece: string;
  missing: string[];
  /** Languages last changed before `newest`. */
  older: string[];
  /** The language changed last, and when (ISO date). */
  newest: { lang: string; date: string } | null;
}

export interface SeedNeeds {
  seed: string;
  needs: string[];
}

export interface Status {
  gaps: Gap[];
  seeds: SeedNeeds[];
}

/** Commit time (seconds) of each line of a file; lines not committed yet count as now. */
function lineTimes(root: string, file: string): number[] {
  const now = Math.floor(Date.now() / 1000);
  let out: string;
  try {
    out = execFileSync('git', ['blame', '--line-porcelain', '--', file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    // Not in git (a new file, or no repository): as new as can be.
    return readFileSync(join(root, file), 'utf8').split('\n').map(() => now);
  }
  const times: number[] = [];
  let current = now;
  let fresh = false;
  for (const line of out.split('\n')) {
    if (/^[0-9a-f]{40} /.test(line)) fresh = /^0{40} /.test(line);
    else if (line.startsWith('committer-time ')) current = Number(line.slice(15));
    else if (line.startsWith('\t')) times.push(fresh ? now : current);
  }
  return times;
}

/**
 * The end of the day every language was last checked against the others (content/status.yaml,
 * translationsCheckedAt): a change before it is known to be in every language.
 */
function checkedUntil(root: string): number {
  const file = join(root, 'content/status.yaml');
  const at = existsSync(file) ? /^translationsCheckedAt:\s*(\d{4}-\d{2}-\d{2})/m.exec(readFileSync(file, 'utf8'))?.[1] : undefined;
  return at ? Date.parse(`${at}T23:59:59Z`) / 1000 : 0;
}

/** Newest time of lines [from, to] (1-based, inclusive); nothing older than the last check. */
function newestOf(root: string, file: string, ranges: [number, number][], cache: Map<string, number[]>): number {
  let times = cache.get(file);
  if (!times) {
    const floor = checkedUntil(root);
    cache.set(file, (times = lineTimes(root, file).map((t) => Math.max(t, floor))));
  }
  let newest = 0;
  for (const [from, to] of ranges) for (let i = from; i <= to; i++) newest = Math.max(newest, times[i - 1] ?? 0);
  return newest;
}

const day = (t: number) => new Date(t * 1000).toISOString().slice(0, 10);

/** Compares one piece's versions: which languages miss it, which are older than the newest. */
function compare(piece: string, langs: readonly string[], times: Map<string, number>, optional: readonly string[] = []): Gap | null {
  const missing = langs.filter((l) => !times.has(l) && !optional.includes(l));
  const present = [...times];
  if (present.length === 0) return missing.length ? { piece, missing, older: [], newest: null } : null;
  const [newestLang, newestTime] = present.reduce((a, b) => (b[1] > a[1] ? b : a));
  // Changed in the same commit, or within the same day, counts as kept together.
  const older = present.filter(([, t]) => day(t) < day(newestTime)).map(([l]) => l);
  if (missing.length === 0 && older.length === 0) return null;
  return { piece, missing, older, newest: { lang: newestLang, date: day(newestTime) } };
}

/** An MDX file's sections: the text before the first heading, then each `<h2 id>` to the next. */
function sections(text: string): Map<string, [number, number]> {
  const lines = text.split('\n');
  const out = new Map<string, [number, number]>();
  let id = 'top';
  let start = 1;
  lines.forEach((line, i) => {
    const m = /^<h2 id="([^"]+)"/.exec(line);
    if (m) {
      out.set(id, [start, i]);
      id = m[1]!;
      start = i + 1;
    }
  });
  out.set(id, [start, lines.length]);
  return out;
}

/** Line ranges of each language's value in each map of texts by language in a YAML file. */
function yamlTexts(text: string, langs: readonly string[]): { key: string; byLang: Map<string, [number, number]> }[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const found: { key: string; byLang: Map<string, [number, number]> }[] = [];
  const lineOf = (offset: number) => counter.linePos(offset).line;
  const walk = (node: unknown, path: string[]) => {
    if (isMap(node)) {
      const keys = node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
      const langKeys = keys.filter((k) => langs.includes(k));
      if (langKeys.length > 0 && langKeys.length === keys.length) {
        const byLang = new Map<string, [number, number]>();
        for (const pair of node.items) {
          const range = (pair.value as Node | null)?.range ?? (pair.key as Node).range;
          byLang.set(String((pair.key as { value: unknown }).value), [lineOf((pair.key as Node).range![0]), lineOf(range![1] - 1)]);
        }
        found.push({ key: path.join(' '), byLang });
        return;
      }
      for (const pair of node.items) walk(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : '?']);
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const id = isMap(item) ? (item.get('id') ?? item.get('source') ?? item.get('date') ?? item.get('glossary') ?? i) : i;
        walk(item, [...path, String(id)]);
      });
    }
  };
  walk(doc.contents, []);
  return found;
}

type Strings = { [k: string]: string | Strings };

export async function translationStatus(root: string, langs: readonly string[]): Promise<Status> {
  const cache = new Map<string, number[]>();
  const gaps: Gap[] = [];
  const add = (g: Gap | null) => g && gaps.push(g);

  // The pages written in MDX, section by section.
  for (const kind of ['explainer', 'background', 'method']) {
    const byLang = new Map<string, Map<string, [number, number]>>();
    for (const l of langs) {
      const file = `content/${kind}/${l}.mdx`;
      if (existsSync(join(root, file))) byLang.set(l, sections(readFileSync(join(root, file), 'utf8')));
    }
    const ids = new Set([...byLang.values()].flatMap((m) => [...m.keys()]));
    for (const id of ids) {
      const times = new Map<string, number>();
      for (const [l, secs] of byLang) {
        const range = secs.get(id);
        if (range) times.set(l, newestOf(root, `content/${kind}/${l}.mdx`, [range], cache));
      }
      add(compare(`content/${kind}/{lang}.mdx §${id}`, langs, times));
    }
  }

  // Texts by language inside the data files; a quote needs no translation into its own language.
  const dataFiles = ['content/chronology.yaml', 'content/glossary.yaml', 'content/categories.yaml', 'content/corrections.yaml', 'content/changelog.yaml', 'content/references.yaml'];
  const quotes = existsSync(join(root, 'content/quotes')) ? readdirSync(join(root, 'content/quotes')).filter((f) => f.endsWith('.yaml')).map((f) => `content/quotes/${f}`) : [];
  for (const file of [...dataFiles, ...quotes]) {
    if (!existsSync(join(root, file))) continue;
    const text = readFileSync(join(root, file), 'utf8');
    const own = file.startsWith('content/quotes/') ? /^lang:\s*(\S+)/m.exec(text)?.[1] : undefined;
    for (const { key, byLang } of yamlTexts(text, langs)) {
      // Aliases and sort keys exist only where a language needs them.
      if (/(^| )(aliases|sortAs)$/.test(key)) continue;
      const times = new Map([...byLang].map(([l, range]) => [l, newestOf(root, file, [range], cache)] as const));
      add(compare(`${file} ${key}`.trim(), langs, times, own ? [own] : []));
    }
  }

  // UI strings, key by key.
  const stringsDir = 'src/i18n/strings';
  const flat = new Map<string, Map<string, number>>();
  for (const l of langs) {
    const file = `${stringsDir}/${l}.json`;
    if (!existsSync(join(root, file))) continue;
    const text = readFileSync(join(root, file), 'utf8');
    const lines = text.split('\n');
    const walk = (tree: Strings, prefix: string) => {
      for (const [k, v] of Object.entries(tree)) {
        const key = `${prefix}${k}`;
        if (typeof v !== 'string') walk(v, `${key}.`);
        else {
          const i = lines.findIndex((line) => line.includes(`"${k}": ${JSON.stringify(v)}`));
          const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
          const t = i >= 0 ? newestOf(root, file, [[i + 1, i + 1]], cache) : 0;
          const m = flat.get(base) ?? new Map<string, number>();
          m.set(l, Math.max(m.get(l) ?? 0, t));
          flat.set(base, m);
        }
      }
    };
    walk(JSON.parse(text) as Strings, '');
  }
  for (const [key, times] of flat) add(compare(`${stringsDir}/{lang}.json ${key}`, langs, times));

  // What each news text still needs.
  const { seeds, problems } = await collectSeeds(root);
  const meta = existsSync(join(root, 'content/seeds.yaml')) ? ((parseDocument(readFileSync(join(root, 'content/seeds.yaml'), 'utf8')).toJS() ?? {}) as Record<string, { outlet?: string; url?: string }>) : {};
  const read = (f: string) => (existsSync(join(root, f)) ? readFileSync(join(root, f), 'utf8') : '');
  const cited = [read('content/chronology.yaml'), ...langs.map((l) => read(`content/explainer/${l}.mdx`))].join('\n');
  const seedNeeds: SeedNeeds[] = [];
  for (const s of seeds) {
    const needs: string[] = [];
    const noSummary = langs.filter((l) => l !== s.lang && !existsSync(join(root, `content/summaries/${l}/${s.id}.yaml`)));
    if (noSummary.length) needs.push(`a summary in ${noSummary.join(', ')} (content/summaries/{lang}/${s.id}.yaml)`);
    const m = meta[s.file] ?? {};
    if (!m.outlet) needs.push(`its outlet (content/seeds.yaml: ${s.file}: outlet)`);
    if (!m.url) needs.push(`its original address (content/seeds.yaml: ${s.file}: url)`);
    if (!cited.includes(s.id)) needs.push('a citation: neither the chronology nor the explainer cites it');
    if (needs.length) seedNeeds.push({ seed: s.id, needs });
  }
  // A text the build would refuse: first of all, its problem fixed (npm run check:seeds says the same).
  for (const p of problems) seedNeeds.unshift({ seed: p.file.replace(/^seeds\/|\.txt$/g, ''), needs: [`fixing: ${formatProblem(p).replace(/^[^:]+:(\d+:)? /, '')}`] });
  return { gaps, seeds: seedNeeds };
}

/** The build's one line: counts by language, and the first news text's first need. */
export function summaryLine(status: Status): string {
  const byLang = new Map<string, { older: number; missing: number; than: Set<string> }>();
  for (const g of status.gaps) {
    for (const l of g.older) {
      const e = byLang.get(l) ?? { older: 0, missing: 0, than: new Set<string>() };
      e.older++;
      if (g.newest) e.than.add(g.newest.lang);
      byLang.set(l, e);
    }
    for (const l of g.missing) {
      const e = byLang.get(l) ?? { older: 0, missing: 0, than: new Set<string>() };
      e.missing++;
      byLang.set(l, e);
    }
  }
  const parts = [...byLang].map(([l, e]) => [e.older ? `${e.older} piece${e.older === 1 ? '' : 's'} in ${l} older than ${[...e.than].join('/')}` : '', e.missing ? `${e.missing} missing in ${l}` : ''].filter(Boolean).join(', '));
  // A few news texts by name with their first need; many, counted.
  if (status.seeds.length > 3) parts.push(`${status.seeds.length} news texts need summaries, metadata or a citation`);
  else for (const s of status.seeds) parts.push(`seed ${s.seed} needs ${s.needs[0]!.replace(/ \(.*$/, '')}${s.needs.length > 1 ? ` and ${s.needs.length - 1} more` : ''}`);
  return parts.length ? `Translation status: ${parts.join('; ')}. Details: npm run status.` : 'Translation status: every language is complete and up to date.';
}
