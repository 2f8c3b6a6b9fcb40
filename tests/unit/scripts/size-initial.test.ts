/**
 * The "initial JavaScript" budget counts what a phone fetches before the first screen works (scripts/size-report.ts):
 * the entry, the app chunk it loads after the first paint, and their static imports; never a lazy screen.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initialAssets } from '../../../scripts/size-report.ts';

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-size-'));
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  fs.writeFileSync(path.join(dist, file), text);
};
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

describe('initial assets', () => {
  it('follow the entry into the app chunk and static imports, but not into lazy screens', () => {
    write(
      'index.html',
      '<script type="module" src="/assets/index-AAAAAAAA.js"></script><link rel="stylesheet" href="/assets/index-CCCCCCCC.css">',
    );
    write('assets/index-AAAAAAAA.js', 'const b=()=>import("./boot-BBBBBBBB.js");');
    write(
      'assets/boot-BBBBBBBB.js',
      'import{h}from"./jsxRuntime-DDDDDDDD.js";import"./side-EEEEEEEE.js";const s=()=>import(`./OfferScreen-FFFFFFFF.js`);',
    );
    write('assets/jsxRuntime-DDDDDDDD.js', 'import{x}from"./boot-BBBBBBBB.js";export const h=1;');
    write('assets/side-EEEEEEEE.js', '');
    write('assets/OfferScreen-FFFFFFFF.js', 'import{h}from"./jsxRuntime-DDDDDDDD.js";');
    expect(initialAssets(dist)).toEqual({
      js: [
        'assets/index-AAAAAAAA.js',
        'assets/boot-BBBBBBBB.js',
        'assets/jsxRuntime-DDDDDDDD.js',
        'assets/side-EEEEEEEE.js',
      ],
      css: ['assets/index-CCCCCCCC.css'],
    });
  });
});
