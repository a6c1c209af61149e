/** Save, open, share and undo for the portfolio: a file of its own, and a `#p=` link that carries it. */
import { useState } from 'react';
import { useStore } from 'zustand';
import { appPortfolioStore, encodePortfolioFragment, portfolioFiles, serializePortfolio } from '../../../state/portfolio';
import { useTexts } from '../../i18n/use-texts';
import { portfolioTexts } from './texts';
import { usePortfolio } from './use-portfolio';

const MAX_BYTES = 5 * 1024 * 1024;

export function PortfolioActions() {
  const t = useTexts(portfolioTexts);
  const file = usePortfolio((s) => s.file);
  const openFile = usePortfolio((s) => s.openFile);
  const saveStatus = usePortfolio((s) => s.saveStatus);
  const history = useStore(appPortfolioStore().temporal);
  const [shared, setShared] = useState<{ ok: boolean; link: string } | null>(null);
  const openPicked = async () => {
    const picked = await portfolioFiles.pick();
    if (!picked) return;
    if (picked.size > MAX_BYTES) return void openFile({ kind: '(too large)' });
    let json: unknown;
    try { json = JSON.parse(await picked.text()); } catch { json = null; }
    openFile(json);
  };
  const share = async () => {
    const link = portfolioFiles.pageUrl() + encodePortfolioFragment(file);
    setShared({ ok: await portfolioFiles.copy(link), link });
  };
  const fileName = `${file.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'portefolje'}.json`;
  return (
    <div className="portfolio__actions" role="group" aria-label={t.actions}>
      <button type="button" className="button" disabled={history.pastStates.length === 0} onClick={() => history.undo()}>{t.undo}</button>
      <button type="button" className="button" disabled={history.futureStates.length === 0} onClick={() => history.redo()}>{t.redo}</button>
      <button type="button" className="button" onClick={() => void portfolioFiles.save(serializePortfolio(file), fileName)}>{t.save}</button>
      <button type="button" className="button" onClick={() => void openPicked()}>{t.open}</button>
      <button type="button" className="button" onClick={() => void share()}>{t.share}</button>
      <span className="portfolio__save-status" role="status">{t.saveStatus[saveStatus]}</span>
      {shared && (
        <p role="status" className="portfolio__shared">
          {shared.ok ? t.shared : t.shareFailed} <input readOnly aria-label={t.share} value={shared.link} onFocus={(e) => e.target.select()} />
        </p>
      )}
    </div>
  );
}
