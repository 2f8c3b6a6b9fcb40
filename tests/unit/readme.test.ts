import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};
const docs = ['README.md', 'data/README.md', 'data/sources/README.md'];

/** Paths in backticks that look like repository paths (folders end with /, files have an extension). */
function namedPaths(text: string): string[] {
  const ticks = [...text.matchAll(/`([^`\s]+)`/g)].map((m) => m[1] ?? '');
  return ticks.filter(
    (t) =>
      /^(src|scripts|data|tests|public|\.ci)\//.test(t) &&
      !t.includes('<') &&
      !t.includes('*') &&
      !t.includes('…'),
  );
}

describe('the README stays true', () => {
  it.each(docs)('every path named in %s exists', (doc) => {
    const text = fs.readFileSync(path.join(ROOT, doc), 'utf8');
    const generated = /^public\/(catalogue|open-data|geo)\//;
    const missing = namedPaths(text)
      .filter((p) => !generated.test(p))
      .map((p) => (doc.startsWith('data/') && !fs.existsSync(path.join(ROOT, p)) ? path.join('data', p) : p))
      .filter((p) => !fs.existsSync(path.join(ROOT, p)));
    expect(missing).toEqual([]);
  });

  it('every npm script the README names exists', () => {
    const text = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const named = [...text.matchAll(/npm run ([a-z:]+)/g)].map((m) => m[1] ?? '');
    expect(named.length).toBeGreaterThan(3);
    expect(named.filter((s) => !(s in pkg.scripts))).toEqual([]);
    expect(pkg.scripts.start).toBeDefined();
    expect(pkg.scripts.test).toBeDefined();
  });

  it('names the two commands a newcomer needs', () => {
    const text = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(text).toContain('npm ci && npm start');
    expect(text).toContain('npm test');
  });
});
