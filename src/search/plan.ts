import { findNames, respellWord, restem, variantWords, type NameEntry } from './expand';
import { fold, hasFoldableLetter } from './fold';
import { queryTokens, tokenWords } from './tokens';
import { stemQuery } from './stemmers';

/**
 * What the search does with a query in one language's index, as data: a
 * pure function of the query and what the letter files say about its words.
 * The engine (engine.ts) only runs the plan and merges its results in the
 * order the plan gives, so relevance is decided, and unit-tested, here.
 *
 * A query is cut into terms: each glossary name it contains (several words,
 * any spelling or language) and each other word, less stop words. In one
 * index a term has forms: a name is searched as typed in the reader's own
 * language and under every name that language's readers see for it; a word
 * as typed and, typed with plain letters, as the index spells it. Then:
 *
 *   1. `all`: every term, in each combination of forms. Best score first.
 *   2. `terms`: when `all` finds few, each term alone; pages matching more
 *      terms rank first (a question's content words rarely all meet).
 *   3. `namesOnly`: the names without the other words, when nothing else
 *      finds anything in this index.
 */

export type Stem = (word: string) => string;

export interface PlanContext {
  /** The language of the page the reader searches from. */
  reader: string;
  /** The language of the index this plan is for. */
  lang: string;
  /** The index language's script: a word in another script cannot occur in it, except Latin names and numbers. */
  script: RegExp;
  /** Readers may type this language's letters plainly (казакстан for қазақстан): words are respelled. */
  respells: boolean;
  /** Glossary entries whose names may occur in the query (the query's letter files). */
  names: readonly NameEntry[];
  /** This language's words with letters typed plainly, by folded form (expand.ts, vocabularyFrom). */
  vocabulary: Readonly<Record<string, string>>;
  /** Words whose stem starts with other letters, with that stem (buckets.ts, farStems). */
  far: Readonly<Record<string, string>>;
  /** The stemmer queries to this index go through here; null when Pagefind's own runtime stems them. */
  stem: Stem | null;
  /** Stop words of every site language, folded (content/search/stopwords.yaml). */
  stop: ReadonlySet<string>;
  /** Words the reader's language found nothing for, with the glossary entry a near name points to. */
  corrected?: ReadonlyMap<string, NameEntry>;
}

/** One Pagefind query. `weak`: a word typed with plain letters, as typed; its excerpts are not the ones to show. */
export interface Run {
  q: string;
  weak: boolean;
}

/** One term's queries; `word`, for a word that is no name, is what a typing error would be looked up by. */
export interface TermRuns {
  runs: Run[];
  word: string | null;
}

export interface LanguagePlan {
  all: Run[];
  /** Each term that can occur in this index. */
  terms: TermRuns[];
  namesOnly: Run[];
  /** The words searched in this index (folded, stemmed): what a title must contain to count as a match. */
  words: string[];
  /** The words the reader typed that are not searched (question and function words), folded: a section headed "Why…" answers "why…". */
  asked: string[];
  /** The glossary id when the query is one name and nothing else. */
  entity: string | null;
}

/**
 * A word of one letter is a function word in every site language (и, в, к, a, I), and
 * Pagefind would match it as the start of any word: it is never searched, and has no letter file.
 */
export const isOneLetter = (token: string) => /^\p{L}$/u.test(token);

/** Combinations of forms tried at most: each is a search, and the first forms are the likeliest. */
const MAX_COMBINATIONS = 6;
const LATIN_OR_DIGITS = /^[\p{Script=Latin}\p{N}]+$/u;

interface Form {
  text: string;
  weak: boolean;
}

function combinations(terms: Form[][]): Form[][] {
  let out: Form[][] = [[]];
  for (const forms of terms) {
    const next: Form[][] = [];
    for (const prefix of out) for (const f of forms) next.push([...prefix, f]);
    out = next.slice(0, MAX_COMBINATIONS);
  }
  return out;
}

export function planFor(query: string, ctx: PlanContext): LanguagePlan {
  const final = (q: string) => (ctx.stem ? stemQuery(q, ctx.stem) : restem(q.toLowerCase(), ctx.far));
  const runsOf = (forms: Form[][]): Run[] => {
    const seen = new Map<string, Run>();
    for (const combo of forms) {
      const q = final(combo.map((f) => f.text).join(' '));
      const weak = combo.some((f) => f.weak);
      const prev = seen.get(q);
      if (!prev) seen.set(q, { q, weak });
      else prev.weak &&= weak;
    }
    return [...seen.values()];
  };
  // An exact phrase in quotation marks is searched as it is.
  if (/"/.test(query)) {
    const run = { q: query.trim(), weak: false };
    const words = variantWords(query.replace(/"/g, ' '));
    return { all: [run], terms: [{ runs: [run], word: null }], namesOnly: [], words, asked: [], entity: null };
  }

  const tokens = queryTokens(query);
  const words: string[] = [];
  const tokenOf: number[] = [];
  tokens.forEach((token, i) => tokenWords(fold(token)).forEach((w) => (words.push(w), tokenOf.push(i))));
  const matches = findNames(words, ctx.names).map((m) => ({ ...m, first: tokenOf[m.start]!, last: tokenOf[m.end - 1]! }));
  const inName = (i: number) => matches.some((m) => m.first <= i && i <= m.last);
  const plain = tokens.map((t, i) => ({ t, i })).filter(({ i }) => !inName(i));
  const content = plain.filter(({ t }) => !ctx.stop.has(fold(t)) && !isOneLetter(t));
  // A query of stop words only ("who", «кто») is searched as typed.
  const kept = new Set((content.length > 0 || matches.length > 0 ? content : plain).map(({ i }) => i));
  const own = ctx.lang === ctx.reader;

  const terms: { forms: Form[]; name: boolean; word: string | null; entity: string | null }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = matches.find((m) => m.first === i);
    if (match) {
      const typed = tokens.slice(match.first, match.last + 1).join(' ');
      const forms: Form[] = [];
      // The reader's query always runs as typed in the reader's language.
      if (own) forms.push({ text: typed, weak: false });
      for (const name of match.entry.n[ctx.lang] ?? []) forms.push({ text: queryTokens(name).join(' '), weak: false });
      terms.push({ forms: forms.length > 0 ? forms : [{ text: typed, weak: false }], name: true, word: null, entity: match.entry.id });
      continue;
    }
    if (!kept.has(i)) continue;
    const token = tokens[i]!;
    const forms: Form[] = [];
    if (ctx.script.test(token) || LATIN_OR_DIGITS.test(token)) {
      const respelled = ctx.respells && ctx.script.test(token) && !hasFoldableLetter(token) ? respellWord(token, ctx.vocabulary) : null;
      forms.push({ text: token, weak: respelled !== null });
      if (respelled) forms.push({ text: respelled, weak: false });
    }
    const near = ctx.corrected?.get(fold(token));
    for (const name of near?.n[ctx.lang] ?? []) forms.push({ text: queryTokens(name).join(' '), weak: false });
    terms.push({ forms, name: false, word: /^\p{L}+$/u.test(token) ? fold(token) : null, entity: near?.id ?? null });
  }

  const everyTermHere = terms.every((t) => t.forms.length > 0);
  const all = everyTermHere ? runsOf(combinations(terms.map((t) => t.forms))) : [];
  const termRuns = terms.filter((t) => t.forms.length > 0).map((t) => ({ runs: runsOf(t.forms.map((f) => [f])), word: t.word }));
  const names = terms.filter((t) => t.name);
  const namesOnly = names.length > 0 && names.length < terms.length ? runsOf(combinations(names.map((t) => t.forms))) : [];
  const searched = [...all, ...termRuns.flatMap((t) => t.runs), ...namesOnly].flatMap((r) => variantWords(r.q));
  return {
    all,
    terms: termRuns,
    namesOnly,
    words: [...new Set(searched)],
    asked: plain.filter(({ i }) => !kept.has(i)).map(({ t }) => fold(t)),
    entity: terms.length === 1 ? terms[0]!.entity : null,
  };
}

/** True when a title contains a word searched (as a word's start: the searched words may be stems). */
export function titleMatches(title: string, words: readonly string[]): boolean {
  const inTitle = variantWords(title);
  return words.some((w) => w.length >= 2 && inTitle.some((t) => t.startsWith(w)));
}
