import { describe, expect, it } from 'vitest';
import type { Confidence } from '../../../src/catalogue/index.ts';
import { createI18n } from '../../../src/i18n/index.ts';
import { formatDate } from '../../../src/ui/common/format.ts';
import { freshness, freshnessText, hasRecentSource, isEmergency } from '../../../src/ui/common/freshness.ts';
import { makeOffer } from '../../fixtures/builders.ts';

const TODAY = '2026-11-29';
const t = createI18n().t;

/** An offer with the given source date, check date, confidence, and whether it is the police emergency number. */
function offer(date: string | null, assured: string | null, confidence: Confidence, emergency: boolean) {
  return {
    ...makeOffer({
      source: { url: 'https://x.example', date, confidence, note: null },
      ...(emergency ? { category: 'emergency', phones: [{ number: '110', display: '110' }] } : {}),
    }),
    assured_date: assured,
  };
}

describe('freshness line', () => {
  // source date (recent / older than three years / none) × checked or not × confidence × emergency
  it.each([
    [
      '2024-03-03',
      '2026-11-25',
      'low',
      false,
      'Quelle vom 3. März 2024, zuletzt geprüft am 25. November 2026 – bitte telefonisch bestätigen',
    ],
    [
      '2024-03-03',
      '2026-11-25',
      'low',
      true,
      'Quelle vom 3. März 2024, zuletzt geprüft am 25. November 2026',
    ],
    [
      '2024-03-03',
      '2026-11-25',
      'medium',
      false,
      'Quelle vom 3. März 2024, zuletzt geprüft am 25. November 2026',
    ],
    [
      '2024-03-03',
      '2026-11-25',
      'medium',
      true,
      'Quelle vom 3. März 2024, zuletzt geprüft am 25. November 2026',
    ],
    [
      '2024-03-03',
      '2026-11-25',
      'high',
      false,
      'Quelle vom 3. März 2024, zuletzt geprüft am 25. November 2026',
    ],
    [
      '2024-03-03',
      '2026-11-25',
      'high',
      true,
      'Quelle vom 3. März 2024, zuletzt geprüft am 25. November 2026',
    ],
    [
      '2024-03-03',
      null,
      'low',
      false,
      'Quelle vom 3. März 2024, noch nicht nachgeprüft – bitte telefonisch bestätigen',
    ],
    ['2024-03-03', null, 'low', true, 'Quelle vom 3. März 2024, noch nicht nachgeprüft'],
    [
      '2024-03-03',
      null,
      'medium',
      false,
      'Quelle vom 3. März 2024, noch nicht nachgeprüft – bitte telefonisch bestätigen',
    ],
    ['2024-03-03', null, 'medium', true, 'Quelle vom 3. März 2024, noch nicht nachgeprüft'],
    [
      '2024-03-03',
      null,
      'high',
      false,
      'Quelle vom 3. März 2024, noch nicht nachgeprüft – bitte telefonisch bestätigen',
    ],
    ['2024-03-03', null, 'high', true, 'Quelle vom 3. März 2024, noch nicht nachgeprüft'],
    [
      '2019-05',
      '2026-11-25',
      'low',
      false,
      'Quelle vom Mai 2019, zuletzt geprüft am 25. November 2026 – bitte telefonisch bestätigen',
    ],
    ['2019-05', '2026-11-25', 'low', true, 'Quelle vom Mai 2019, zuletzt geprüft am 25. November 2026'],
    [
      '2019-05',
      '2026-11-25',
      'medium',
      false,
      'Quelle vom Mai 2019, zuletzt geprüft am 25. November 2026 – bitte telefonisch bestätigen',
    ],
    ['2019-05', '2026-11-25', 'medium', true, 'Quelle vom Mai 2019, zuletzt geprüft am 25. November 2026'],
    [
      '2019-05',
      '2026-11-25',
      'high',
      false,
      'Quelle vom Mai 2019, zuletzt geprüft am 25. November 2026 – bitte telefonisch bestätigen',
    ],
    ['2019-05', '2026-11-25', 'high', true, 'Quelle vom Mai 2019, zuletzt geprüft am 25. November 2026'],
    [
      '2019-05',
      null,
      'low',
      false,
      'Quelle vom Mai 2019, noch nicht nachgeprüft – bitte telefonisch bestätigen',
    ],
    ['2019-05', null, 'low', true, 'Quelle vom Mai 2019, noch nicht nachgeprüft'],
    [
      '2019-05',
      null,
      'medium',
      false,
      'Quelle vom Mai 2019, noch nicht nachgeprüft – bitte telefonisch bestätigen',
    ],
    ['2019-05', null, 'medium', true, 'Quelle vom Mai 2019, noch nicht nachgeprüft'],
    [
      '2019-05',
      null,
      'high',
      false,
      'Quelle vom Mai 2019, noch nicht nachgeprüft – bitte telefonisch bestätigen',
    ],
    ['2019-05', null, 'high', true, 'Quelle vom Mai 2019, noch nicht nachgeprüft'],
    [
      null,
      '2026-11-25',
      'low',
      false,
      'Quelle ohne Datum, zuletzt geprüft am 25. November 2026 – bitte telefonisch bestätigen',
    ],
    [null, '2026-11-25', 'low', true, 'Quelle ohne Datum, zuletzt geprüft am 25. November 2026'],
    [
      null,
      '2026-11-25',
      'medium',
      false,
      'Quelle ohne Datum, zuletzt geprüft am 25. November 2026 – bitte telefonisch bestätigen',
    ],
    [null, '2026-11-25', 'medium', true, 'Quelle ohne Datum, zuletzt geprüft am 25. November 2026'],
    [null, '2026-11-25', 'high', false, 'Quelle ohne Datum, zuletzt geprüft am 25. November 2026'],
    [null, '2026-11-25', 'high', true, 'Quelle ohne Datum, zuletzt geprüft am 25. November 2026'],
    [null, null, 'low', false, 'Quelle ohne Datum, noch nicht nachgeprüft – bitte telefonisch bestätigen'],
    [null, null, 'low', true, 'Quelle ohne Datum, noch nicht nachgeprüft'],
    [null, null, 'medium', false, 'Quelle ohne Datum, noch nicht nachgeprüft – bitte telefonisch bestätigen'],
    [null, null, 'medium', true, 'Quelle ohne Datum, noch nicht nachgeprüft'],
    [null, null, 'high', false, 'Quelle ohne Datum, noch nicht nachgeprüft – bitte telefonisch bestätigen'],
    [null, null, 'high', true, 'Quelle ohne Datum, noch nicht nachgeprüft'],
  ] as const)('source %s, checked %s, %s, emergency %s: %s', (date, assured, confidence, emergency, line) => {
    const { line: text, confirm } = freshnessText(
      freshness(offer(date, assured, confidence, emergency), TODAY),
      t,
      formatDate,
    );
    expect(confirm ? `${text} ${confirm}` : text).toBe(line);
  });

  it('never asks to confirm an emergency number, and never says "unknown" beside a check date', () => {
    const f = freshness(offer(null, '2026-11-25', 'low', true), TODAY);
    expect(f.confirm).toBe(false);
    expect(freshnessText(f, t, formatDate).line).not.toMatch(/unbekannt/);
  });
});

describe('three years back from today', () => {
  it.each([
    ['2023-11-29', true],
    ['2023-11-28', false],
    ['2023-11', true],
    ['2023-10', false],
    ['2023', true],
    ['2022', false],
  ] as const)('a source dated %s is recent: %s', (date, recent) => {
    const o = makeOffer({ source: { url: 'https://x.example', date, confidence: 'high', note: null } });
    expect(hasRecentSource(o, TODAY)).toBe(recent);
  });

  it('moves with the injected day, not the real clock', () => {
    const o = makeOffer({
      source: { url: 'https://x.example', date: '2024-03', confidence: 'high', note: null },
    });
    expect(hasRecentSource(o, '2027-03-31')).toBe(true);
    expect(hasRecentSource(o, '2027-04-01')).toBe(false);
  });

  it('takes the newest date of all sources', () => {
    const o = makeOffer({
      source: { url: 'https://x.example', date: '2013', confidence: 'medium', note: null },
      further_sources: [{ title: 'Neu', date: '2025-10' }],
    });
    expect(freshness(o, TODAY)).toMatchObject({ sourceDate: '2025-10', recent: true, confirm: false });
  });
});

describe('isEmergency', () => {
  it.each([
    [{ category: 'emergency', phones: [] }, true],
    [{ category: 'hotline', phones: [{ number: '116117', display: '116 117' }] }, true],
    [{ category: 'hotline', phones: [{ number: '+4983411234', display: '08341 1234' }] }, false],
  ] as const)('%o -> %s', (o, expected) => {
    expect(isEmergency({ category: o.category, phones: [...o.phones] })).toBe(expected);
  });
});
