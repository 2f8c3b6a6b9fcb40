/**
 * Code that reads in one sitting: no .ts/.tsx file in src/ or scripts/ over 200 lines, no function over 60 (see
 * functionSpans for how functions are found and what that scan cannot see).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sourceFiles } from './source-files.ts';

const MAX_FILE_LINES = 200;
const MAX_FUNCTION_LINES = 60;

/** Lines of a text (a final newline does not start another line). */
function lineCount(text: string): number {
  return text.replace(/\n$/, '').split('\n').length;
}

const KEYWORDS = /^(if|for|while|switch|catch|return|else|do|try|with|new|await|typeof)\b/;
/** A line that opens a function: the function keyword, an arrow whose body opens at the line's end, a method. */
const FUNCTION_START = [
  /(^|[=(,]\s*)(export\s+)?(default\s+)?(async\s+)?function\b/,
  /=>\s*[{(]$/,
  /^(async\s+)?(get\s+|set\s+)?[A-Za-z_$][\w$]*\s*(<[^>]*>)?\(.*\)(\s*:\s*[^=]+)?\s*\{$/,
];

/**
 * Each function of a Biome-formatted source text with the lines it spans: from the line that opens it to the first
 * later line at the same indentation that closes it (`}` for a block body, `)` for an arrow's parenthesised body).
 * Nested functions count on their own and inside their parent. It relies on the formatter's indentation (lint
 * enforces it), so a multi-line template literal whose lines start further left than its code could end a function
 * early, and an arrow whose parameters span lines is measured from the line with its `=>`.
 */
function functionSpans(text: string): { name: string; lines: number }[] {
  const lines = text.split('\n');
  const out: { name: string; lines: number }[] = [];
  lines.forEach((line, start) => {
    const code = line.trim();
    if (KEYWORDS.test(code) || !FUNCTION_START.some((re) => re.test(code))) return;
    const indent = line.length - line.trimStart().length;
    const closer = /=>\s*\($/.test(code) ? ')' : '}';
    for (let end = start + 1; end < lines.length; end += 1) {
      const next = lines[end] as string;
      const nextCode = next.trim();
      if (next.length - next.trimStart().length !== indent || !nextCode.startsWith(closer)) continue;
      if (closer === '}' || !nextCode.endsWith('(')) {
        out.push({ name: nameOf(code, start), lines: end - start + 1 });
        return;
      }
    }
  });
  return out;
}

function nameOf(code: string, start: number): string {
  const m =
    /function\s*\*?\s*([\w$]+)/.exec(code) ??
    /(?:const|let|var)\s+([\w$]+)/.exec(code) ??
    /^(?:async\s+)?(?:get\s+|set\s+)?([\w$]+)\s*[(<:]/.exec(code);
  return m?.[1] ?? `(anonymous at line ${start + 1})`;
}

const files = sourceFiles(['src', 'scripts']);
const rel = (f: string) => path.relative(ROOT, f);

describe('code reads in one sitting', () => {
  it('walks the source tree', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.map(rel)).toContain('src/matching/searcher.ts');
  });

  it(`no .ts/.tsx file in src/ or scripts/ is over ${MAX_FILE_LINES} lines`, () => {
    const long = files
      .map((f) => `${rel(f)}: ${lineCount(fs.readFileSync(f, 'utf8'))}`)
      .filter((s) => Number(s.split(': ')[1]) > MAX_FILE_LINES);
    expect(long).toEqual([]);
  });

  it(`no function in src/ or scripts/ is over ${MAX_FUNCTION_LINES} lines`, () => {
    const long = files.flatMap((f) =>
      functionSpans(fs.readFileSync(f, 'utf8'))
        .filter((s) => s.lines > MAX_FUNCTION_LINES)
        .map((s) => `${rel(f)}: ${s.name} (${s.lines})`),
    );
    expect(long).toEqual([]);
  });

  it('measures functions of every form, nested ones too', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const x${i} = ${i};`).join('\n');
    const text = [
      `export function a() {\n${body(3)}\n}`,
      `const b = () => {\n${body(5)}\n  const c = function () {\n${body(2)}\n  };\n};`,
      "const o = {\n  m() {\n    return '}';\n  },\n};",
    ].join('\n');
    expect(functionSpans(text)).toEqual([
      { name: 'a', lines: 5 },
      { name: 'b', lines: 11 },
      { name: 'c', lines: 4 },
      { name: 'm', lines: 3 },
    ]);
  });
});
