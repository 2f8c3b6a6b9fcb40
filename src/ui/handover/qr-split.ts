/**
 * How much one QR code may carry. 800 bytes at error-correction level M is QR version 23 (109 modules): drawn
 * 18 rem wide on a 360 px phone that is about 2.6 CSS px (7–8 device pixels) per module, which a phone camera
 * still reads from a phone screen at arm's length; a version-40 code (2,331 bytes) would need 1.6 CSS px per
 * module and fails on a cheap camera or a scratched screen. Longer content is split into several codes.
 */
export const QR_MAX_BYTES = 800;

const utf8 = new TextEncoder();

/** Bytes of a text in UTF-8, as the QR code stores it (Arabic and Cyrillic letters take two). */
export function byteLength(text: string): number {
  return utf8.encode(text).length;
}

/**
 * Packs items in order into as few groups as fit: each group's rendering stays within `limit` bytes. An item is
 * never cut: one that alone is longer than the limit gets a group of its own (the caller says it is too long).
 */
export function packByBytes<T>(
  items: readonly T[],
  render: (group: T[]) => string,
  limit = QR_MAX_BYTES,
): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  for (const item of items) {
    const next = [...current, item];
    if (current.length > 0 && byteLength(render(next)) > limit) {
      groups.push(current);
      current = [item];
    } else {
      current = next;
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
