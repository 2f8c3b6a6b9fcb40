import fs from 'node:fs';
import path from 'node:path';
import { LANGUAGES } from '../../../src/i18n/languages.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
type Tree = { [key: string]: string | Tree };

const readJson = (file: string): Tree => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

/** Looks a dotted key up in a tree of texts. */
function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** The UI texts of one language, as the app shows them: read from its locale files, German where a key is missing. */
export interface Texts {
  lang: string;
  /**
   * A key with `{{variables}}` filled in (those not given stay as written); `count` picks the plural form the way
   * i18next does.
   */
  t: (key: string, vars?: Record<string, string | number>) => string;
  /** The label of a questionnaire option (translated under `data.questions`, German in data/questionnaire.json). */
  option: (questionId: string, optionId: string) => string;
}

const GERMAN_QUESTIONS = readJson('data/questionnaire.json') as unknown as {
  questions: { id: string; options: { id: string; label: string }[] }[];
};

export function texts(lang: string): Texts {
  const load = (code: string): Tree[] => [
    readJson(`src/i18n/locales/${code}.json`),
    readJson(`src/i18n/locales/${code}.legal.json`),
    readJson(`src/i18n/locales/${code}.handover.json`),
    readJson(`src/i18n/locales/${code}.visit.json`),
    readJson(`src/i18n/locales/${code}.region.json`),
  ];
  const trees = [...(lang === 'de' ? [] : load(lang)), ...load('de')];
  const find = (key: string) => trees.map((tree) => lookup(tree, key)).find((v) => v !== undefined);
  const plurals = new Intl.PluralRules(LANGUAGES.find((l) => l.code === lang)?.locale ?? 'de');
  const t = (key: string, vars: Record<string, string | number> = {}) => {
    const count = vars.count;
    const plural = typeof count === 'number' ? find(`${key}_${plurals.select(count)}`) : undefined;
    const text = plural ?? find(key);
    if (text === undefined) throw new Error(`no text for ${key} in ${lang}`);
    return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
      name in vars ? String(vars[name]) : whole,
    );
  };
  const option = (questionId: string, optionId: string) =>
    find(`data.questions.${questionId}.options.${optionId}`) ??
    GERMAN_QUESTIONS.questions.find((q) => q.id === questionId)?.options.find((o) => o.id === optionId)
      ?.label ??
    `${questionId}.${optionId}`;
  return { lang, t, option };
}

/** Every language code the app speaks. */
export const LANGUAGE_CODES = LANGUAGES.map((language) => language.code);

/** A Playwright text selector that matches exactly this text (quotes escaped). */
export const textIs = (text: string) => `:text-is(${JSON.stringify(text)})`;

/** The path with `lang=` added (German needs none). */
export function withLang(pathAndQuery: string, lang: string): string {
  if (lang === 'de') return pathAndQuery;
  const url = new URL(pathAndQuery, 'http://x');
  url.searchParams.set('lang', lang);
  return `${url.pathname}${url.search}`;
}
