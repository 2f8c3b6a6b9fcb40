import { afterEach, describe, expect, it, vi } from 'vitest';
import { SIGNS_OF_USE, wakeOnFirstUse } from '../../src/ui/common/wake-on-use.ts';

/** A prerendered page: a button the app must answer, a link, a search form, the quick exit and a field. */
function page() {
  document.body.innerHTML = `<div id="app">
    <button type="button" class="save">Auf meine Liste</button>
    <button type="button" class="quick-exit">Seite schnell verlassen</button>
    <a href="/help-now">Sofort Hilfe</a>
    <form action="/results"><input name="q" /><button type="submit">Suchen</button></form>
    <select><option value="de">Deutsch</option><option value="tr">Türkçe</option></select>
  </div>`;
  const root = document.getElementById('app') as HTMLElement;
  const $ = <T extends Element>(selector: string) => root.querySelector(selector) as T;
  return { root, $ };
}

/** The app taking the page over: its handlers are attached, then `data-live` is set (as boot.tsx's mount does). */
async function goLive(root: HTMLElement) {
  root.dataset.live = '';
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const click = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('wakeOnFirstUse', () => {
  it.each(SIGNS_OF_USE)('wakes the app once, on the first %s', (type) => {
    const { root } = page();
    const wake = vi.fn();
    wakeOnFirstUse(root, wake);
    expect(wake).not.toHaveBeenCalled();
    root.dispatchEvent(new Event(type, { bubbles: true }));
    root.dispatchEvent(new Event(type, { bubbles: true }));
    window.dispatchEvent(new Event('keydown'));
    expect(wake).toHaveBeenCalledTimes(1);
  });

  it('wakes the app at once when asked, and only once', () => {
    const { root } = page();
    const wake = vi.fn();
    const now = wakeOnFirstUse(root, wake);
    now();
    now();
    root.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(wake).toHaveBeenCalledTimes(1);
  });

  it('holds a press of a button until the app is live, marks the page busy, then presses it once', async () => {
    const { root, $ } = page();
    const wake = vi.fn();
    wakeOnFirstUse(root, wake);
    const save = $<HTMLButtonElement>('.save');
    const pressed = vi.fn();
    const early = click(save);
    expect(early).toBe(false);
    expect(wake).toHaveBeenCalledTimes(1);
    expect(root.getAttribute('aria-busy')).toBe('true');
    expect(save.hasAttribute('data-held')).toBe(true);
    // The app's handler, attached by the take-over.
    save.addEventListener('click', pressed);
    expect(pressed).not.toHaveBeenCalled();
    await goLive(root);
    expect(pressed).toHaveBeenCalledTimes(1);
    expect(root.hasAttribute('aria-busy')).toBe(false);
    expect(save.hasAttribute('data-held')).toBe(false);
    // Live: presses go straight through, and nothing is replayed again.
    expect(click(save)).toBe(true);
    expect(pressed).toHaveBeenCalledTimes(2);
  });

  it('lets links, a submit button and the quick exit act at once', () => {
    const { root, $ } = page();
    wakeOnFirstUse(root, () => {});
    for (const selector of ['a', 'button[type="submit"]', '.quick-exit']) {
      const reached = vi.fn();
      document.addEventListener('click', reached, { once: true });
      expect(click($(selector))).toBe(true);
      expect(reached).toHaveBeenCalledTimes(1);
    }
    expect(root.hasAttribute('aria-busy')).toBe(false);
  });

  it('tells the app what was typed and chosen before it was live, once per field and kind', async () => {
    const { root, $ } = page();
    const wake = vi.fn();
    wakeOnFirstUse(root, wake);
    const q = $<HTMLInputElement>('input');
    const select = $<HTMLSelectElement>('select');
    for (const text of ['s', 'sc', 'schrei']) {
      q.value = text;
      q.dispatchEvent(new Event('input', { bubbles: true }));
    }
    select.value = 'tr';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(wake).toHaveBeenCalledTimes(1);
    const seen: string[] = [];
    root.addEventListener('input', (e) => seen.push(`input ${(e.target as HTMLInputElement).value}`));
    root.addEventListener('change', (e) => seen.push(`change ${(e.target as HTMLSelectElement).value}`));
    await goLive(root);
    expect(seen).toEqual(['input schrei', 'change tr']);
  });

  it('drops a held press whose button the take-over replaced', async () => {
    const { root, $ } = page();
    wakeOnFirstUse(root, () => {});
    const save = $<HTMLButtonElement>('.save');
    const pressed = vi.fn();
    save.addEventListener('click', pressed);
    click(save);
    save.remove();
    await goLive(root);
    expect(pressed).not.toHaveBeenCalled();
  });
});
