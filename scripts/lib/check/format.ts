import type { Problem } from './types.ts';

/** One problem as a line: `file: /pointer: message`, with `/` for the whole document. */
export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.pointer || '/'}: ${p.message}`;
}
