import { screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ListScreen } from '../../src/ui/list/ListScreen.tsx';
import { makeCatalogue, makeOffer } from '../fixtures/builders.ts';
import { renderApp } from '../fixtures/render-app.tsx';

const a = makeOffer({ id: 'a', name: 'Angebot A', phones: [{ number: '+49831111', display: '0831 111' }] });
const b = makeOffer({ id: 'b', name: 'Angebot B', schedule: { description: 'Di 9–11 Uhr' } });
const catalogue = makeCatalogue([a, b]);

afterEach(() => {
  vi.unstubAllGlobals();
});

/** navigator with only what a test gives it: share and/or clipboard. */
function stubNavigator(parts: Partial<Pick<Navigator, 'share' | 'clipboard'>>) {
  vi.stubGlobal('navigator', { ...parts, userAgent: 'test', language: 'de' });
}

describe('"Als Text teilen"', () => {
  it('hands the text to the Web Share API where the browser has it', async () => {
    const share = vi.fn(async (_data?: ShareData) => {});
    const writeText = vi.fn(async () => {});
    stubNavigator({ share, clipboard: { writeText } as unknown as Clipboard });
    await renderApp(<ListScreen />, { catalogue, url: '/list?ids=a,b' });
    (await screen.findByRole('button', { name: 'Als Text teilen' })).click();
    await screen.findByText('Text geteilt.');
    const text = share.mock.calls[0]?.[0]?.text ?? '';
    expect(text).toContain('Angebot A\nTelefon: 0831 111');
    expect(text).toContain('Angebot B\nZeiten: Di 9–11 Uhr');
    expect(text).toMatch(/Liste in Lotse: http.*\/list\?ids=a,b$/);
    expect(writeText).not.toHaveBeenCalled();
  });

  it('says nothing when the user closes the share sheet', async () => {
    const share = vi.fn(async () => {
      throw new DOMException('closed', 'AbortError');
    });
    stubNavigator({ share });
    await renderApp(<ListScreen />, { catalogue, url: '/list?ids=a' });
    (await screen.findByRole('button', { name: 'Als Text teilen' })).click();
    await waitFor(() => expect(share).toHaveBeenCalled());
    expect(screen.queryByText(/Kopieren ging nicht/)).toBeNull();
  });

  it('without share and clipboard, shows the text to select by hand, so nothing is lost', async () => {
    stubNavigator({});
    await renderApp(<ListScreen />, { catalogue, url: '/list?ids=a' });
    (await screen.findByRole('button', { name: 'Als Text teilen' })).click();
    const box = await screen.findByRole('textbox', { name: 'Als Text teilen' });
    expect((box as HTMLTextAreaElement).value).toContain('Telefon: 0831 111');
    expect(screen.getByText(/Kopieren ging nicht/)).toBeTruthy();
  });
});
