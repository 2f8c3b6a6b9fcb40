import { createHash } from 'node:crypto';

/** RFC 4122 namespace for URLs, used only to derive the Lotse namespace below. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** A name-based (version 5, SHA-1) UUID: the same namespace and name always give the same UUID. */
export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new Error(`not a UUID namespace: ${namespace}`);
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The fixed namespace of every HSDS id Lotse exports: uuidV5('urn:lotse:open-data:hsds', URL_NAMESPACE). */
export const LOTSE_NAMESPACE = uuidV5('urn:lotse:open-data:hsds', URL_NAMESPACE);

/** The stable HSDS id of one exported object; the UUID name is the JSON array [kind, ...key], so keys cannot collide. */
export function hsdsId(kind: string, ...key: string[]): string {
  return uuidV5(JSON.stringify([kind, ...key]), LOTSE_NAMESPACE);
}
