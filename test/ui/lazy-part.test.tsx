// @vitest-environment jsdom
/** A lazily loaded part shows its fallback until its chunk arrives, then the part; after preload() it renders at once. */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyPart } from '../../src/ui/components/lazy-part';

afterEach(cleanup);

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => { resolve = r; });
  return { promise, resolve };
}

const Part = ({ word }: { word: string }) => <p>{word}</p>;

describe('lazyPart', () => {
  it('holds the place with the fallback until the module has loaded, and fetches it only once', async () => {
    const module = deferred<{ Part: typeof Part }>();
    let loads = 0;
    const Lazy = lazyPart(() => { loads += 1; return module.promise; }, (m) => m.Part, <p>placeholder</p>);
    render(<Lazy word="loaded" />);
    expect(screen.getByText('placeholder')).toBeTruthy();
    expect(screen.queryByText('loaded')).toBeNull();
    await act(async () => { module.resolve({ Part }); await module.promise; });
    expect(await screen.findByText('loaded')).toBeTruthy();
    expect(screen.queryByText('placeholder')).toBeNull();
    await Lazy.preload();
    expect(loads).toBe(1);
  });

  it('renders at once, without the fallback, once preloaded', async () => {
    const Lazy = lazyPart(() => Promise.resolve({ Part }), (m) => m.Part, <p>placeholder</p>);
    await Lazy.preload();
    render(<Lazy word="at once" />);
    expect(screen.getByText('at once')).toBeTruthy();
    expect(screen.queryByText('placeholder')).toBeNull();
  });
});
