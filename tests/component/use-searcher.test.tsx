import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { loadSearchData } from '../../scripts/lib/load-offers.ts';
import { readOrganizations, readReference } from '../../scripts/lib/read-data.ts';
import type { Catalogue } from '../../src/catalogue/index.ts';
import { type PackedIndex, packIndex } from '../../src/matching/index.ts';
import { useSearcher } from '../../src/ui/results/use-searcher.ts';
import { makeCatalogue } from '../fixtures/builders.ts';

const data = loadSearchData();
const { regions, taxonomy } = readReference();
const index = JSON.parse(JSON.stringify(packIndex(data.index))) as PackedIndex;
const fresh = () => makeCatalogue(data.offers, { regions, taxonomy, organizations: readOrganizations() });

function Probe({ catalogue }: { catalogue: Catalogue }) {
  const built = useSearcher(catalogue, index, []);
  if (!built) return <p>building</p>;
  const total = built.searcher.search({ text: 'hebamme', region: 'coburg-stadt' }).total;
  return <p>{`${total} found${built.catalogue === catalogue ? '' : ' (previous catalogue)'}`}</p>;
}

describe('useSearcher', () => {
  it('is null while it builds in a later task, then searches; a second mount reuses it at once', async () => {
    const catalogue = fresh();
    const first = render(<Probe catalogue={catalogue} />);
    expect(screen.getByText('building')).toBeTruthy();
    const found = (await screen.findByText(/found$/)).textContent;
    first.unmount();
    render(<Probe catalogue={catalogue} />);
    expect(screen.getByText(/found$/).textContent).toBe(found);
  });

  it('keeps the previous searcher, paired with its own catalogue, while a new catalogue is built', async () => {
    const view = render(<Probe catalogue={fresh()} />);
    await screen.findByText(/found$/);
    view.rerender(<Probe catalogue={fresh()} />);
    expect(screen.getByText(/found \(previous catalogue\)$/)).toBeTruthy();
    await screen.findByText(/found$/);
  });
});
