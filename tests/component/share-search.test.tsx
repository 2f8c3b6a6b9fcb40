import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareSearch } from '../../src/ui/results/ShareSearch.tsx';
import { memoryStorage } from '../fixtures/memory-storage.ts';
import { renderApp } from '../fixtures/render-app.tsx';

const REQUEST = { region: 'kaufbeuren' as const, topics: ['crying'], modes: [], q: 'schreibaby' };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ShareSearch ("Suche teilen")', () => {
  it('hands the share sheet a link that holds the search: the one way it leaves the tab, on purpose', async () => {
    const share = vi.fn(async (_data?: ShareData) => {});
    vi.stubGlobal('navigator', { share, userAgent: 'test', language: 'de' });
    await renderApp(<ShareSearch request={REQUEST} />, { url: '/results' });
    fireEvent.click(screen.getByRole('button', { name: 'Suche teilen' }));
    await waitFor(() => expect(share).toHaveBeenCalled());
    const url = new URL(share.mock.calls[0]?.[0]?.url ?? '');
    expect(`${url.pathname}${url.search}`).toBe('/results?region=kaufbeuren&topics=crying&q=schreibaby');
  });

  it('in another language, the link opens in it; without a share sheet it is copied and said so', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.stubGlobal('navigator', { clipboard: { writeText }, userAgent: 'test', language: 'de' });
    const { language } = await renderApp(<ShareSearch request={REQUEST} />, {
      url: '/results',
      storage: memoryStorage(),
    });
    await language?.apply('en');
    fireEvent.click(await screen.findByRole('button', { name: 'Share this search' }));
    await screen.findByText('Link to this search copied. You can paste it into a message now.');
    expect(new URL(writeText.mock.calls[0]?.[0] ?? '').searchParams.get('lang')).toBe('en');
  });
});
