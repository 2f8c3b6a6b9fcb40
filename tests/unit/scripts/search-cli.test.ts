import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { needsBuild } from '../../../scripts/lib/built-catalogue.ts';
import { ROOT } from '../../../scripts/lib/paths.ts';
import { builtOnce, removeBuilt } from './built-fixture.ts';

const exec = promisify(execFile);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-search-'));
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  removeBuilt();
});

/** Runs `npx tsx scripts/search.ts ARGS` on the catalogue built in publicDir and returns its exit code and output. */
async function searchIn(
  publicDir: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec('npx', ['tsx', 'scripts/search.ts', ...args], {
      cwd: ROOT,
      timeout: 60_000,
      env: { ...process.env, LOTSE_PUBLIC_DIR: publicDir },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const search = (...args: string[]) => searchIn(builtOnce().publicDir, ...args);

// One process at a time: run together, the searches shared two loaded cores and each outran its minute while
// waiting for the others (under load three of them timed out); alone, each has the minute to itself.
describe('npm run search', { timeout: 60_000 }, () => {
  it('prints the top 10 with German reasons and says how many more', async () => {
    const { code, stdout } = await search('--region', 'coburg-stadt', 'beratung');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1\. .+\[[a-z0-9-]+\]/m);
    expect(stdout).toContain('– Zuständig für Stadt Coburg');
    expect(stdout).toMatch(/^10\. /m);
    expect(stdout).not.toMatch(/^11\. /m);
    expect(stdout).toMatch(/… und \d+ weitere Treffer/);
  });

  it('--json prints the danger understood beside every result as {id, name, score, reasons}', async () => {
    const { code, stdout } = await search(
      '--json',
      '--region',
      'kaufbeuren',
      '--stage',
      'baby-0-1',
      '--topic',
      'crying',
      '--mode',
      'phone',
    );
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as {
      danger: null;
      results: { id: string; name: string; score: number; reasons: { key: string }[] }[];
    };
    expect(Object.keys(answer)).toEqual(['danger', 'results']);
    expect(answer.danger).toBeNull();
    const results = answer.results;
    expect(results.length).toBeGreaterThan(0);
    expect(Object.keys(results[0] ?? {})).toEqual(['id', 'name', 'score', 'reasons']);
    expect(results[0]?.reasons[0]?.key).toMatch(/^reason\./);
  });

  it('--batch answers each line in order, a bad line with {error} and the rest go on', async () => {
    const file = path.join(tmp, 'queries.jsonl');
    const lines = [
      '{"q":"schreibaby","region":"kaufbeuren"}',
      'not json',
      '{"q":"x","region":"mars"}',
      '{"topics":["sleep"],"modes":["phone"]}',
      '',
      '{"q":"stillen","lang":"tr"}',
      '{"q":"mein mann schlägt mich","region":"coburg-stadt"}',
      '{"q":"ich habe angst vor dem tod","region":"coburg-stadt"}',
    ];
    fs.writeFileSync(file, lines.join('\n'));
    const { code, stdout } = await search('--batch', file);
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            danger?: { kind: string; level: string } | null;
            results?: { id: string }[];
            error?: string;
          },
      );
    expect(out).toHaveLength(7);
    expect(out[0]?.danger).toBeNull();
    expect(out[5]?.danger).toEqual({ kind: 'violence', level: 'alarm' });
    expect(out[5]?.results?.[0]?.id).toBe('notruf-110');
    expect(out[6]?.danger).toEqual({ kind: 'suicide', level: 'net' });
    expect(out[0]?.results?.[0]?.id).toBeTruthy();
    expect(out[1]?.error).toBeTruthy();
    expect(out[2]?.error).toContain('kaufbeuren, ostallgaeu');
    expect(out[3]?.results?.length).toBeGreaterThan(0);
    expect(out[4]?.results).toBeDefined();
  });

  it('an unknown flag exits 2 with the usage', async () => {
    const { code, stderr } = await search('--colour', 'x');
    expect(code).toBe(2);
    expect(stderr).toContain('unknown option --colour');
    expect(stderr).toContain('usage:');
  });

  it('an unknown region exits 2 and lists the valid ones', async () => {
    const { code, stderr } = await search('--region', 'berlin', 'hebamme');
    expect(code).toBe(2);
    expect(stderr).toContain(
      'unknown region "berlin"; valid regions: kaufbeuren, ostallgaeu, coburg-stadt, coburg-land, gummersbach',
    );
  });

  it('an unknown stage, topic or mode exits 2 with the valid choices', async () => {
    const results = [];
    for (const args of [
      ['--stage', 'teen'],
      ['--topic', 'cats'],
      ['--mode', 'fax'],
    ])
      results.push(await search(...args));
    expect(results.map((r) => r.code)).toEqual([2, 2, 2]);
    expect(results[0]?.stderr).toContain('valid stages: pregnant, baby-0-1, toddler-1-3');
    expect(results[2]?.stderr).toContain('valid modes: phone');
  });

  it('an unreadable batch file exits 2', async () => {
    const { code, stderr } = await search('--batch', path.join(tmp, 'missing.jsonl'));
    expect(code).toBe(2);
    expect(stderr).toContain('cannot read');
  });
});

// A whole build is the heaviest thing these tests spawn.
describe('npm run search on a fresh clone', { timeout: 120_000 }, () => {
  it('builds public/catalogue/ first when it is missing, and says so', async () => {
    const empty = fs.mkdtempSync(path.join(tmp, 'public-'));
    const { code, stdout, stderr } = await searchIn(empty, '--json', 'hebamme');
    expect(code).toBe(0);
    expect(stderr).toContain('is missing or older than data/: building it first');
    expect(fs.existsSync(path.join(empty, 'catalogue', 'manifest.json'))).toBe(true);
    expect((JSON.parse(stdout) as { results: unknown[] }).results.length).toBeGreaterThan(0);
  });
});

describe('needsBuild', { timeout: 60_000 }, () => {
  it('asks for a build when data/ changed after the last one, as make would', () => {
    const { publicDir } = builtOnce();
    const dataDir = fs.mkdtempSync(path.join(tmp, 'data-'));
    const file = path.join(dataDir, 'catalogue', 'x.json');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, '{}');
    const manifest = fs.statSync(path.join(publicDir, 'catalogue', 'manifest.json')).mtime;
    fs.utimesSync(file, manifest, new Date(manifest.getTime() - 1000));
    expect(needsBuild({ publicDir, dataDir })).toBe(false);
    fs.utimesSync(file, manifest, new Date(manifest.getTime() + 1000));
    expect(needsBuild({ publicDir, dataDir })).toBe(true);
    expect(needsBuild({ publicDir: dataDir, dataDir })).toBe(true);
  });
});
