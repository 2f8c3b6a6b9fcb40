import type { Phone } from '../../catalogue/index.ts';

/** A number Lotse shows from its first bundle, before (or without) the catalogue: a copy of a catalogue entry. */
export interface FixedLine {
  /** The catalogue offer this line copies (data/catalogue/wide-area.json); a unit test keeps the two equal. */
  id: string;
  number: string;
  display: string;
  /** i18n key of the short name on the call button. */
  name: string;
}

/**
 * 110 and 112 must never depend on the catalogue loading, nor the two national lines a person in danger or in
 * crisis needs most. Kept here, in the first bundle; the catalogue adds everything else once it is there.
 */
export const EMERGENCY_LINES = [
  { id: 'notruf-110', number: '110', display: '110', name: 'emergency.police' },
  { id: 'notruf-112', number: '112', display: '112', name: 'emergency.ambulance' },
] as const satisfies readonly FixedLine[];

export const CRISIS_LINES = [
  {
    id: 'hilfetelefon-gewalt-gegen-frauen',
    number: '116016',
    display: '116 016',
    name: 'emergency.violence',
  },
  { id: 'telefonseelsorge', number: '+498001110111', display: '0800 111 0 111', name: 'emergency.crisis' },
] as const satisfies readonly FixedLine[];

export const FIXED_LINES: readonly FixedLine[] = [...EMERGENCY_LINES, ...CRISIS_LINES];

/** True for an offer the fixed lines already show, so that it is not listed twice once the catalogue is there. */
export function isFixedLine(id: string): boolean {
  return FIXED_LINES.some((line) => line.id === id);
}

/** The fixed line as a phone, in the catalogue's shape. */
export function linePhone(line: FixedLine): Phone {
  return { number: line.number, display: line.display };
}
