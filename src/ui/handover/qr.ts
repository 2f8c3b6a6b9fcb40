import qrcode from 'qrcode-generator';

/** A QR code as one SVG path: `size` modules square (quiet zone included), dark modules drawn as unit squares. */
export interface QrShape {
  size: number;
  path: string;
}

// Encode text as UTF-8 (the library's default keeps only the low byte of each character).
const utf8 = new TextEncoder();
qrcode.stringToBytes = (s: string) => Array.from(utf8.encode(s));

/** Modules of empty border every scanner expects around a code (ISO/IEC 18004). */
const QUIET_ZONE = 4;

/**
 * Encodes `text` on the device (no service, no request) at error-correction level M, the usual balance between
 * size and robustness for a code shown on a screen.
 */
export function qrShape(text: string): QrShape {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const count = code.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (code.isDark(row, col)) parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { size: count + 2 * QUIET_ZONE, path: parts.join('') };
}
