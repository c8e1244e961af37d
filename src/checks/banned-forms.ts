import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Problem } from './quote-marks.ts';
import type { TextUnit } from './texts.ts';

/**
 * The part of each language's style sheet a machine can hold: forms the
 * sheet rules out, each with the form to use (content/style/banned.yaml,
 * explained in content/style/{lang}.md). A form is matched as whole words;
 * verbatim quotations and search aliases are exempt (a reader may type it).
 */
export interface BannedForm {
  form: string;
  use: string;
  why?: string;
}
export type BannedForms = Record<string, BannedForm[]>;

export async function readBannedForms(root: string): Promise<BannedForms> {
  const text = await readFile(join(root, 'content/style/banned.yaml'), 'utf8').catch(() => null);
  return text ? ((parseYaml(text) as BannedForms | null) ?? {}) : {};
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function bannedFormProblems(units: TextUnit[], banned: BannedForms): Problem[] {
  const rules = Object.fromEntries(
    Object.entries(banned).map(([lang, forms]) => [
      lang,
      forms.map((f) => ({ ...f, re: new RegExp(`(?<![\\p{L}\\p{N}])${escape(f.form)}(?![\\p{L}\\p{N}])`, 'u') })),
    ]),
  );
  const problems: Problem[] = [];
  for (const u of units) {
    if (u.verbatim || u.alias || !u.lang) continue;
    for (const rule of rules[u.lang] ?? []) {
      if (rule.re.test(u.text)) {
        problems.push({ file: u.file, line: u.line, message: `"${rule.form}" is ruled out by content/style/${u.lang}.md: write "${rule.use}"${rule.why ? ` (${rule.why})` : ''}` });
      }
    }
  }
  return problems;
}
