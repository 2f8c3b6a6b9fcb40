import { describe, expect, it, vi } from 'vitest';
import { NEUTRAL_URL, quickExit, tripleShift } from '../../../src/ui/common/quick-exit.ts';

function deps(pushed: number) {
  const calls: string[] = [];
  let popHandler: (() => void) | null = null;
  return {
    calls,
    pop: () => popHandler?.(),
    deps: {
      clear: () => calls.push('clear'),
      pushed: () => pushed,
      history: { go: (n: number) => calls.push(`go ${n}`) },
      location: { replace: (url: string) => calls.push(`replace ${url}`) },
      onPopState: (handler: () => void) => {
        popHandler = handler;
      },
    },
  };
}

describe('quickExit', () => {
  it('clears memory and replaces the page when Lotse pushed nothing', () => {
    const { calls, deps: d } = deps(0);
    quickExit(d);
    expect(calls).toEqual(['clear', `replace ${NEUTRAL_URL}`]);
  });

  it("steps back over Lotse's own entries first, so Back does not return to Lotse", () => {
    const { calls, pop, deps: d } = deps(3);
    quickExit(d);
    expect(calls).toEqual(['clear', 'go -3']);
    pop();
    expect(calls.at(-1)).toBe(`replace ${NEUTRAL_URL}`);
  });
});

describe('tripleShift', () => {
  const shift = { key: 'Shift', repeat: false } as KeyboardEvent;

  it('fires on three presses within 1.5 s', () => {
    let t = 0;
    const fire = vi.fn();
    const onKey = tripleShift(fire, () => t);
    for (const at of [0, 400, 800]) {
      t = at;
      onKey(shift);
    }
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('does not fire for slow presses, other keys or auto-repeat', () => {
    let t = 0;
    const fire = vi.fn();
    const onKey = tripleShift(fire, () => t);
    for (const at of [0, 1000, 2000, 3000]) {
      t = at;
      onKey(shift);
    }
    onKey({ key: 'a', repeat: false } as KeyboardEvent);
    onKey({ key: 'Shift', repeat: true } as KeyboardEvent);
    expect(fire).not.toHaveBeenCalled();
  });
});
