import { afterEach, describe, expect, it } from 'vitest';
import {
  hiddenQuery,
  keepAddressPrivate,
  SEARCH_KEY_PREFIX,
  screenSearch,
  splitAddress,
} from '../../../src/ui/common/private-address.ts';
import { memoryStorage } from '../../fixtures/memory-storage.ts';

const ORIGIN = 'https://lotse.example';

/** A tab's session history: entries with state and URL, Back and Forward firing popstate as a browser does. */
class Tab {
  entries: { state: unknown; url: string }[];
  index = 0;
  private listeners: (() => void)[] = [];
  readonly location = {
    get href(): string {
      return '';
    },
  };
  readonly history: History;

  constructor(url: string, state: unknown = null) {
    this.entries = [{ state, url: new URL(url, ORIGIN).href }];
    const tab = this;
    Object.defineProperty(this.location, 'href', { get: () => tab.entries[tab.index]?.url ?? '' });
    this.history = {
      get state() {
        return tab.entries[tab.index]?.state ?? null;
      },
      pushState(state: unknown, _title: string, url?: string | URL | null) {
        tab.entries = [...tab.entries.slice(0, tab.index + 1), { state, url: tab.resolve(url) }];
        tab.index += 1;
      },
      replaceState(state: unknown, _title: string, url?: string | URL | null) {
        tab.entries[tab.index] = { state, url: tab.resolve(url) };
      },
    } as History;
  }

  private resolve(url: string | URL | null | undefined): string {
    return url == null ? (this.entries[this.index]?.url ?? '') : new URL(String(url), ORIGIN).href;
  }

  onPopState = (handler: () => void) => {
    this.listeners.push(handler);
  };

  go(steps: number): void {
    this.index += steps;
    for (const listener of this.listeners) listener();
  }

  /** A reload: the same entry, a new page (the wrapper installed afresh). */
  addresses(): string[] {
    return this.entries.map((e) => e.url.replace(ORIGIN, ''));
  }
}

function install(tab: Tab, storage: Storage | null = memoryStorage(), durable = () => true) {
  let n = 0;
  return keepAddressPrivate({
    history: tab.history,
    location: tab.location as Location,
    storage,
    durable,
    onPopState: tab.onPopState,
    newId: () => `id${++n}`,
  });
}

afterEach(() => {
  hiddenQuery.value = null;
});

describe('splitAddress', () => {
  it('keeps the screen and the language, hides what the family typed, answered or chose', () => {
    expect(splitAddress('/results?region=kaufbeuren&q=mein+mann&topics=violence&lang=tr', ORIGIN)).toEqual({
      shown: '/results?lang=tr',
      hidden: 'region=kaufbeuren&q=mein+mann&topics=violence',
    });
    expect(splitAddress('/help-now?region=ostallgaeu', ORIGIN)).toEqual({
      shown: '/help-now',
      hidden: 'region=ostallgaeu',
    });
  });

  it('leaves public addresses whole: coordinators’ region pages, handed-over lists, offers', () => {
    for (const url of ['/network?region=coburg-stadt', '/list?ids=a,b&lang=ar', '/offer/koki-ostallgaeu']) {
      expect(splitAddress(url, ORIGIN)).toEqual({ shown: url, hidden: '' });
    }
  });
});

describe('keepAddressPrivate', () => {
  it('writes only the screen into the address; Back and Forward bring each entry’s search back', () => {
    const tab = new Tab('/');
    const storage = memoryStorage();
    install(tab, storage);
    tab.history.pushState(null, '', '/results?region=ostallgaeu&stage=baby-0-1&topics=crying');
    expect(hiddenQuery.value).toBe('region=ostallgaeu&stage=baby-0-1&topics=crying');
    tab.history.pushState({ lotsePosition: 2 }, '', '/results?q=mein+mann+schl%C3%A4gt+mich');
    expect(tab.addresses()).toEqual(['/', '/results', '/results']);
    expect(tab.history.state).toEqual({ lotsePosition: 2, lotseSearch: 'id2' });
    tab.go(-1);
    expect(hiddenQuery.value).toBe('region=ostallgaeu&stage=baby-0-1&topics=crying');
    tab.go(1);
    expect(new URLSearchParams(hiddenQuery.value ?? '').get('q')).toBe('mein mann schlägt mich');
    expect(storage.getItem(`${SEARCH_KEY_PREFIX}id2`)).toBe('q=mein+mann+schl%C3%A4gt+mich');
  });

  it('a reload of the entry reads its search from this tab’s storage', () => {
    const storage = memoryStorage({ [`${SEARCH_KEY_PREFIX}abc`]: 'region=kaufbeuren&q=hebamme' });
    const tab = new Tab('/results', { lotseSearch: 'abc' });
    install(tab, storage);
    expect(hiddenQuery.value).toBe('region=kaufbeuren&q=hebamme');
    expect(screenSearch('/results')).toBe('?region=kaufbeuren&q=hebamme');
  });

  it('moves the query of the address the tab opened with (a shared link) out of the address', () => {
    const tab = new Tab('/results?region=ostallgaeu&topics=crying&lang=uk');
    install(tab);
    expect(tab.addresses()).toEqual(['/results?lang=uk']);
    expect(screenSearch('/results?lang=uk')).toBe('?lang=uk&region=ostallgaeu&topics=crying');
  });

  it('forget: the quick exit leaves no search behind, for this page nor for a later Back', () => {
    const tab = new Tab('/');
    const storage = memoryStorage({ 'lotse.lang': 'tr' });
    const forget = install(tab, storage);
    tab.history.pushState(null, '', '/results?q=angst');
    tab.history.pushState(null, '', '/offer/koki-ostallgaeu');
    forget();
    expect(hiddenQuery.value).toBe('');
    tab.go(-1);
    expect(hiddenQuery.value).toBe('');
    expect(storage.getItem('lotse.lang')).toBe('tr');
    expect(storage.length).toBe(1);
  });

  it('during a home visit (or without storage) nothing is written; the search still serves this page', () => {
    const tab = new Tab('/');
    const storage = memoryStorage();
    install(tab, storage, () => false);
    tab.history.pushState(null, '', '/results?stage=pregnant');
    tab.history.pushState(null, '', '/offer/x');
    tab.go(-1);
    expect(hiddenQuery.value).toBe('stage=pregnant');
    expect(storage.length).toBe(0);

    const refused = new Tab('/');
    install(refused, null);
    refused.history.pushState(null, '', '/results?q=geld');
    expect(refused.addresses()).toEqual(['/', '/results']);
    expect(hiddenQuery.value).toBe('q=geld');
  });
});

describe('screenSearch', () => {
  it('before the app keeps addresses private (the prerender), reads the URL as it is', () => {
    expect(screenSearch('/results?region=kaufbeuren&topics=crying', null)).toBe(
      '?region=kaufbeuren&topics=crying',
    );
  });

  it('after, ignores private parameters in the router’s URL and takes the entry’s', () => {
    expect(screenSearch('/results?q=alt&lang=ar', 'q=neu')).toBe('?lang=ar&q=neu');
    expect(screenSearch('/help-now', '')).toBe('');
  });
});
