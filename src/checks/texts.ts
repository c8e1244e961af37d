import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isScalar, isMap, isSeq, type Node } from 'yaml';

/**
 * Every piece of text an editor writes, with the file and line it is on:
 * the MDX articles (front matter and body), the YAML data in content/, and
 * the UI strings. The checks in this folder read these, not the built
 * pages, so a problem is reported where it can be fixed.
 */
export interface TextUnit {
  file: string;
  line: number;
  text: string;
  /** Words quoted as said: exempt from the rules about our own text. */
  verbatim: boolean;
  /** MDX source: tags and attribute syntax are part of it. */
  mdx: boolean;
  /** A search alias: a form readers type, wrong keyboard included (С5+1 with a Cyrillic С); never shown. */
  alias?: boolean;
  /** The language the text is written in, where the file or key says it (ru.mdx, `ru:`, strings/ru.json). */
  lang?: string;
}

async function filesUnder(root: string, dir: string, ext: RegExp): Promise<string[]> {
  const entries = await readdir(join(root, dir), { recursive: true }).catch(() => [] as string[]);
  return entries.filter((f) => ext.test(f)).sort().map((f) => join(dir, f));
}

const LANG = /^[a-z]{2}$/;
/** The language of a YAML string: the key above it (`ru:`), or the folder it is in (summaries/ru/). */
function langOf(file: string, path: string[]): string | undefined {
  const key = [...path].reverse().find((k) => LANG.test(k));
  if (key) return key;
  return /\/summaries\/([a-z]{2})\//.exec(`/${file}`)?.[1];
}

/** Scalars of a YAML document with their lines; `path` is the key path (for exemptions). */
function yamlUnits(file: string, source: string, verbatimKeys: (path: string[]) => boolean, aliasKeys: (path: string[]) => boolean = () => false): TextUnit[] {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter });
  const out: TextUnit[] = [];
  const walk = (node: Node | null | undefined, path: string[]) => {
    if (!node) return;
    if (isScalar(node)) {
      if (typeof node.value === 'string' && node.range) {
        out.push({ file, line: counter.linePos(node.range[0]).line, text: node.value, verbatim: verbatimKeys(path), mdx: false, alias: aliasKeys(path), lang: langOf(file, path) });
      }
    } else if (isMap(node)) {
      for (const pair of node.items) walk(pair.value as Node, [...path, String((pair.key as { value?: unknown })?.value ?? pair.key)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as Node, [...path, String(i)]));
    }
  };
  walk(doc.contents as Node, []);
  return out;
}

/** Front matter scalars and body lines of an MDX file. */
function mdxUnits(file: string, source: string): TextUnit[] {
  const lang = /([a-z]{2})\.mdx$/.exec(file)?.[1];
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const out: TextUnit[] = match ? yamlUnits(file, match[1]!, () => false).map((u) => ({ ...u, line: u.line + 1, lang })) : [];
  const bodyStart = match ? match[0].split('\n').length - 1 : 0;
  source
    .split('\n')
    .slice(bodyStart)
    .forEach((text, i) => out.push({ file, line: bodyStart + i + 1, text, verbatim: false, mdx: true, lang }));
  return out;
}

/** Pretty-printed JSON: one string value per line. */
function jsonUnits(file: string, source: string): TextUnit[] {
  const lang = /([a-z]{2})\.json$/.exec(file)?.[1];
  return source.split('\n').flatMap((line, i) => {
    const m = /^\s*"(?:[^"\\]|\\.)*":\s*"((?:[^"\\]|\\.)*)",?\s*$/.exec(line);
    return m ? [{ file, line: i + 1, text: JSON.parse(`"${m[1]}"`) as string, verbatim: false, mdx: false, lang }] : [];
  });
}

/** A quote file's `text` is the speaker's words as written; everything else in content/ is ours. */
const isQuoteText = (file: string, path: string[]) => /^content\/quotes\//.test(file) && path.length === 1 && path[0] === 'text';

export async function editorialTexts(root: string): Promise<TextUnit[]> {
  const units: TextUnit[] = [];
  for (const file of await filesUnder(root, 'content', /\.mdx$/)) units.push(...mdxUnits(file, await readFile(join(root, file), 'utf8')));
  // content/style/ is the style sheets' own apparatus (banned.yaml lists the very forms it rules out), not text a reader sees.
  for (const file of (await filesUnder(root, 'content', /\.ya?ml$/)).filter((f) => !f.startsWith('content/style/'))) {
    units.push(...yamlUnits(file, await readFile(join(root, file), 'utf8'), (path) => isQuoteText(file, path), (path) => file === 'content/glossary.yaml' && path[1] === 'aliases'));
  }
  for (const file of await filesUnder(root, 'src/i18n/strings', /\.json$/)) units.push(...jsonUnits(file, await readFile(join(root, file), 'utf8')));
  return units.map((u) => ({ ...u, file: relative(root, join(root, u.file)) }));
}
