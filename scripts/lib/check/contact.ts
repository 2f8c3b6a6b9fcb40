import { pointerOf } from './pointer.ts';
import type { OfferContext } from './types.ts';

/** Syntax only: one @, something before it, a dotted domain after it, no spaces. Deliverability is not checked. */
export function isEmailAddress(email: string): boolean {
  const parts = email.split('@');
  if (parts.length !== 2 || /\s/.test(email)) return false;
  const [local = '', domain = ''] = parts;
  const labels = domain.split('.');
  return local !== '' && labels.length >= 2 && labels.every((label) => label !== '');
}

/** Why a link shown to families is not acceptable, or null. */
export function linkProblem(url: string): string | null {
  if (!URL.canParse(url)) return `invalid URL "${url}"`;
  return new URL(url).protocol === 'https:' ? null : 'URL must use https';
}

/** Rules 9 and 10: links the app shows are https, the e-mail address is well-formed. */
export function checkContact({ record, pointer, report }: OfferContext): void {
  const links: [string, string | null | undefined][] = [
    [pointerOf(pointer, 'url'), record.url],
    ...(record.further_sources ?? []).map((s, i): [string, string | undefined] => [
      pointerOf(pointer, 'further_sources', i, 'url'),
      s.url,
    ]),
  ];
  for (const [at, url] of links) {
    const problem = url ? linkProblem(url) : null;
    if (problem) report(at, problem, 'https');
  }
  if (!URL.canParse(record.source.url)) {
    report(pointerOf(pointer, 'source', 'url'), `invalid URL "${record.source.url}"`, 'https');
  }
  if (record.email !== null && !isEmailAddress(record.email)) {
    report(pointerOf(pointer, 'email'), `invalid e-mail address "${record.email}"`, 'email');
  }
}
