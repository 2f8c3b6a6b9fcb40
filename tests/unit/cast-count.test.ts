import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
/** The one place where unknown JSON becomes typed data: its casts follow the checks and are not counted. */
const PARSE_BOUNDARY = /^src\/catalogue\/parse[^/]*\.ts$/;
const MAX_CASTS = 20;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const blank = (m: string) => m.replace(/[^\n]/g, ' ');

/**
 * Code only: comments, string contents and import/export lists (`import * as x`, `{ a as b }` are renames,
 * not casts) blanked, line breaks kept so that line numbers still hold.
 */
function codeOnly(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, blank)
    .replace(/^\s*import\b[\s\S]*?;|^\s*export\s*(type\s*)?[*{][\s\S]*?;/gm, blank);
}

/**
 * Every `x as T` except `as const`: `as` after the end of an expression (a name, `)`, `]`, `}` or a closing
 * quote) and before a type. Limit: `<T>x` assertions are not counted (.tsx forbids them; src/ has none).
 */
function casts(text: string): number[] {
  const code = codeOnly(text);
  return [...code.matchAll(/[\w)\]}'"`]\s+as\s+(?!const\b)[\w{([]/g)].map(
    (m) => code.slice(0, m.index).split('\n').length,
  );
}

/** A comment on the cast's line or the line above says why the cast is safe. */
const explained = (lines: string[], line: number) =>
  [lines[line - 2] ?? '', lines[line - 1] ?? ''].some((l) => /\/\/|\/\*|^\s*\*/.test(l));

describe('type assertions (`as` casts) in src/', () => {
  const found = sourceFiles(join(ROOT, 'src'))
    .map((path) => ({ text: readFileSync(path, 'utf8'), rel: relative(ROOT, path).replaceAll('\\', '/') }))
    .filter(({ rel }) => !PARSE_BOUNDARY.test(rel))
    .flatMap(({ text, rel }) => {
      const lines = text.split('\n');
      return casts(text).map((line) => ({ at: `${rel}:${line}: ${lines[line - 1]?.trim()}`, lines, line }));
    });

  it('finds casts and skips what only looks like one', () => {
    const sample =
      "import { a as b } from 'x';\n// x as Y\nconst s = 'a as b';\nconst c = [1] as const;\nf(v as T);";
    expect(casts(sample)).toEqual([5]);
  });

  it(`stay at most ${MAX_CASTS} outside the parse boundary`, () => {
    expect(found.length, found.map((c) => c.at).join('\n')).toBeLessThanOrEqual(MAX_CASTS);
  });

  it('each say why, in a comment on their line or the line above', () => {
    expect(found.filter((c) => !explained(c.lines, c.line)).map((c) => c.at)).toEqual([]);
  });
});
