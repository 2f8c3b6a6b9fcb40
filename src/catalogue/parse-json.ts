/** Small typed readers for unknown JSON: each checks one shape and names the JSON pointer of what is wrong. */

/** Raised when downloaded or bundled JSON does not have the shape the app relies on; names the path. */
export class CatalogueFormatError extends Error {
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`catalogue ${path}: ${detail}`);
    this.name = 'CatalogueFormatError';
  }
}

export type Json = Record<string, unknown>;

export function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CatalogueFormatError(path, 'must be an object');
  }
  return value as Json;
}

export function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new CatalogueFormatError(path, 'must be an array');
  return value;
}

export function string(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new CatalogueFormatError(path, 'must be a string');
  return value;
}

export function number(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new CatalogueFormatError(path, 'must be a number');
  }
  return value;
}

export function boolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new CatalogueFormatError(path, 'must be a boolean');
  return value;
}

export function nullableString(value: unknown, path: string): string | null {
  return value === null ? null : string(value, path);
}

export function strings(value: unknown, path: string): string[] {
  return every(value, path, 'string', string);
}

/**
 * An array whose items are all of one primitive type, copied. The item's path is built only for the error: the
 * search index holds tens of thousands of numbers, and a string per item made reading it a long task on a phone.
 */
export function every<T>(
  value: unknown,
  path: string,
  type: 'string' | 'number',
  read: (v: unknown, p: string) => T,
): T[] {
  const items = array(value, path);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item !== type || (type === 'number' && !Number.isFinite(item))) read(item, `${path}/${i}`);
  }
  return items.slice() as T[];
}

/** A value that may be missing: undefined stays undefined, anything else must pass `read`. */
export function optional<T>(value: unknown, path: string, read: (v: unknown, p: string) => T): T | undefined {
  return value === undefined ? undefined : read(value, path);
}

/** An object whose every value passes `read` (a lookup table keyed by ids). */
export function record<T>(
  value: unknown,
  path: string,
  read: (v: unknown, p: string) => T,
): Record<string, T> {
  const entries = Object.entries(object(value, path)).map(([k, v]) => [k, read(v, `${path}/${k}`)] as const);
  return Object.fromEntries(entries);
}

/** One of the given literal values. */
export function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new CatalogueFormatError(path, `must be one of ${allowed.join(', ')}`);
  return found;
}
