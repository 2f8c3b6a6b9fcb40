import { describe, expect, it, vi } from 'vitest';
import { once } from '../../../src/ui/common/once.ts';

describe('once', () => {
  it('runs on the first call only, whichever trigger comes first', () => {
    const run = vi.fn();
    const start = once(run);
    expect(run).not.toHaveBeenCalled();
    start();
    start();
    start();
    expect(run).toHaveBeenCalledTimes(1);
  });
});
