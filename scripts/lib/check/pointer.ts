/** Escapes one reference token for a JSON pointer (RFC 6901: ~ first, then /). */
export function escapeToken(token: string | number): string {
  return String(token).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Joins a base pointer and further tokens into one JSON pointer. */
export function pointerOf(base: string, ...tokens: (string | number)[]): string {
  return base + tokens.map((t) => `/${escapeToken(t)}`).join('');
}
