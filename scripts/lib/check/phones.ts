import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { pointerOf } from './pointer.ts';
import type { OfferContext } from './types.ts';

/** German short numbers that have no E.164 form: emergency 110/112 and the harmonised 116xxx lines. */
const SHORT_NUMBER = /^(110|112|116\d{3})$/;

/** Why a phone number is not acceptable, or null; also used to explain the schema's pattern failures. */
export function phoneNumberProblem(number: string): string | null {
  if (SHORT_NUMBER.test(number)) return null;
  const parsed = parsePhoneNumberFromString(number, 'DE');
  if (!parsed?.isValid()) return `invalid phone number "${number}"`;
  if (parsed.number !== number) {
    return `phone number "${number}" is not in canonical form; it would be "${parsed.number}"`;
  }
  return null;
}

/** Whether the human-readable display dials the same number; short numbers compare by their digits. */
export function displayMatches(display: string, number: string): boolean {
  if (SHORT_NUMBER.test(number)) return display.replace(/\D/g, '') === number;
  return parsePhoneNumberFromString(display, 'DE')?.number === number;
}

/**
 * The canonical number a display dials, or null when it dials none: the spreadsheet keeps only the display,
 * and a record that passes displayMatches gets its number back from it.
 */
export function numberOfDisplay(display: string): string | null {
  const digits = display.replace(/\D/g, '');
  if (SHORT_NUMBER.test(digits)) return digits;
  return parsePhoneNumberFromString(display, 'DE')?.number ?? null;
}

/** Rule 5: canonical, valid numbers whose display says the same; no short number flagged as a switchboard. */
export function checkPhones({ record, pointer, report }: OfferContext): void {
  record.phones.forEach((phone, i) => {
    const problem = phoneNumberProblem(phone.number);
    if (problem) {
      report(pointerOf(pointer, 'phones', i, 'number'), problem, 'phone');
      return; // a display cannot match a number that is itself wrong
    }
    if (!displayMatches(phone.display, phone.number)) {
      const message = `display "${phone.display}" does not match number "${phone.number}"`;
      report(pointerOf(pointer, 'phones', i, 'display'), message, 'phone');
    }
    // The app would tell callers of 110 to "ask to be put through": never for a short number.
    if (phone.switchboard && SHORT_NUMBER.test(phone.number)) {
      const message = `short number "${phone.number}" is a direct service, not a switchboard`;
      report(pointerOf(pointer, 'phones', i, 'switchboard'), message, 'phone');
    }
  });
}
