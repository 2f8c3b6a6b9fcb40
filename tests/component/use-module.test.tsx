import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { useModule } from '../../src/ui/common/use-module.ts';

function Probe({ load }: { load: () => Promise<{ text: string }> }) {
  const state = useModule(load);
  return <p>{state.status === 'ready' ? state.module.text : state.status}</p>;
}

describe('useModule', () => {
  it('shows loading, then the module; a second mount has it at once and loads nothing again', async () => {
    let calls = 0;
    const load = async () => {
      calls++;
      return { text: 'geladen' };
    };
    const first = render(<Probe load={load} />);
    expect(screen.getByText('loading')).toBeTruthy();
    await screen.findByText('geladen');
    first.unmount();
    render(<Probe load={load} />);
    expect(screen.getByText('geladen')).toBeTruthy();
    expect(calls).toBe(1);
  });

  it('reports a failed load and tries again on the next mount', async () => {
    let calls = 0;
    const load = async () => {
      calls++;
      if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { text: 'zweiter Versuch' };
    };
    const first = render(<Probe load={load} />);
    await screen.findByText('error');
    first.unmount();
    render(<Probe load={load} />);
    await screen.findByText('zweiter Versuch');
    expect(calls).toBe(2);
  });
});
