import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/release-check.ts';
import { OPERATOR_FACTS } from '../../../src/catalogue/index.ts';

const ROOT = path.join(import.meta.dirname, '../../..');
const shipped = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/operator.json'), 'utf8'));
let dir = '';

afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = '';
});

/** Runs the check on a temporary operator file; returns its exit code and what it printed. */
function check(operator: unknown): { code: number; lines: string[] } {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-operator-'));
  const file = path.join(dir, 'operator.json');
  fs.writeFileSync(file, JSON.stringify(operator));
  const lines: string[] = [];
  return { code: main([file], (line) => lines.push(line)), lines };
}

/** Every fact filled with a recognisable test value (never a real body's data). */
const filled = () => ({ ...shipped, ...Object.fromEntries(OPERATOR_FACTS.map((k) => [k, `Testwert ${k}`])) });

describe('npm run release: the operator check before the build', () => {
  it('refuses while facts are placeholders and names each missing one', () => {
    const { code, lines } = check({ ...filled(), phone: null, report_email: '  ', privacy_contact: null });
    expect(code).toBe(1);
    expect(lines.filter((l) => l.includes(': missing (')).map((l) => l.split(': ')[1])).toEqual([
      '/phone',
      '/privacy_contact',
      '/report_email',
    ]);
    expect(lines.at(-1)).toMatch(/^release refused: 3 operator fact/);
  });

  it('passes when every fact is filled in; per-region report contacts stay optional', () => {
    const { code, lines } = check(filled());
    expect(code).toBe(0);
    expect(lines).toEqual([expect.stringMatching(/every operator fact is filled in$/)]);
  });

  it('refuses a file that is not valid operator JSON, naming where', () => {
    const { code, lines } = check({ ...filled(), hosting: 42 });
    expect(code).toBe(1);
    expect(lines[0]).toContain('/hosting: must be a string');
  });

  it('names every fact of the shipped file, which holds only placeholders', () => {
    const { code, lines } = check(shipped);
    expect(code).toBe(1);
    expect(lines.filter((l) => l.includes(': missing ('))).toHaveLength(OPERATOR_FACTS.length);
  });

  it('runs before the production build, and npm start does not run it', () => {
    const { scripts } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(scripts.release).toBe('tsx scripts/release-check.ts && npm run build');
    expect(scripts.start).not.toContain('release');
    expect(scripts.test).not.toContain('release');
  });
});
