/**
 * A document that makes the engine throw (not a validation problem: a defect or a limit) never
 * replaces the last version that computed, and at start-up it is not opened: the page stays usable
 * and *Gendan seneste fungerende version* reopens the version that worked. The engine is made to
 * throw for one title, so the test does not depend on which inputs happen to crash it today.
 */
import { describe, expect, it, vi } from 'vitest';
import { createAppStore, IPS_EXAMPLE } from '../../src/state';
import { createMemoryStorage } from '../../src/platform/library-storage';
import { fakePlatform } from './fake-platform';

vi.mock('../../src/engine', async (original) => {
  const engine = await original<typeof import('../../src/engine')>();
  return {
    ...engine,
    runScenario: (...args: Parameters<typeof engine.runScenario>) => {
      if (args[0].title === 'KRASH') throw new RangeError('Maximum call stack size exceeded');
      return engine.runScenario(...args);
    },
  };
});

const retitle = (title: string) => <S extends { title: string }>(s: S): S => ({ ...s, title });

describe('crash recovery', () => {
  it('autosave keeps the last working version beside a failing one, and start-up offers it', async () => {
    const storage = createMemoryStorage();
    const first = createAppStore(IPS_EXAMPLE, { platform: fakePlatform(storage), autosaveDelayMs: 0 });
    await first.getState().startLibrary();
    first.getState().applyEdit('Titel', retitle('Virker'));
    await first.getState().flushSave();
    const docId = first.getState().docId;
    first.getState().applyEdit('Titel', retitle('KRASH'));
    await first.getState().flushSave();
    const stored = await storage.get(docId);
    expect(stored?.scenario.title).toBe('KRASH'); // what was typed is not lost …
    expect(stored?.lastWorking?.title).toBe('Virker'); // … and the working version is not replaced

    // A reload: the failing document is not opened, the page is usable, the working version is offered.
    const second = createAppStore(IPS_EXAMPLE, { platform: fakePlatform(storage), autosaveDelayMs: 0 });
    await second.getState().startLibrary();
    expect(second.getState().libraryStatus).toBe('ready');
    expect(second.getState().safeStart).toMatchObject({ docId, title: 'KRASH', lastWorking: { title: 'Virker' } });
    expect(second.getState().scenario?.title).not.toBe('KRASH');
    second.getState().restoreLastWorking();
    expect(second.getState()).toMatchObject({ docId, safeStart: null, scenario: { title: 'Virker' } });
    await second.getState().flushSave();
    expect((await storage.get(docId))?.scenario.title).toBe('Virker');
  });

  it('a validation problem is not a crash: it is saved as it is', async () => {
    const storage = createMemoryStorage();
    const store = createAppStore(IPS_EXAMPLE, { platform: fakePlatform(storage), autosaveDelayMs: 0 });
    await store.getState().startLibrary();
    store.getState().applyEdit('Horisont', (s) => ({ ...s, settings: { ...s.settings, horizonYears: 0 } }));
    await store.getState().flushSave();
    const stored = await storage.get(store.getState().docId);
    expect(stored?.scenario.settings.horizonYears).toBe(0);
    expect(stored?.lastWorking).toBeUndefined();
  });
});
