/** The pool's frame: amount, budget years, yearly draw limit and repayment share. Each field commits on blur or Enter. */
import { DraftInput } from '../../components/draft-input';
import { formatNumber, parseLocaleNumber } from '../../../format/numbers';
import { useLocale, useTexts } from '../../i18n/use-texts';
import type { PoolField } from '../../../state/portfolio';
import { portfolioTexts } from './texts';
import { usePortfolio } from './use-portfolio';

const FIELDS: PoolField[] = ['amount', 'firstYear', 'periodYears', 'yearlyLimit', 'repaymentShare'];

export function PoolFields() {
  const t = useTexts(portfolioTexts);
  const locale = useLocale();
  const pool = usePortfolio((s) => s.file.pool);
  const setPool = usePortfolio((s) => s.setPool);
  const shown: Record<PoolField, number | null> = {
    amount: pool.amount,
    firstYear: pool.firstYear,
    periodYears: pool.periodYears,
    yearlyLimit: pool.yearlyDrawLimits?.[0]?.amount ?? null,
    repaymentShare: typeof pool.repaymentShare === 'number' ? pool.repaymentShare * 100 : (pool.repaymentShare[0]?.share ?? 0) * 100,
  };
  const text = (field: PoolField, v: number | null) => (v === null ? '' : field === 'firstYear' ? String(v) : formatNumber(v, locale, field === 'repaymentShare' ? 0 : 0));
  return (
    <fieldset className="portfolio__pool">
      <legend>{t.pool}</legend>
      {FIELDS.map((field) => (
        <label key={field} className="portfolio__field">
          <span>{t.fields[field]}</span>
          <DraftInput
            id={`pool-${field}`}
            inputMode="numeric"
            text={text(field, shown[field])}
            onCommit={(typed) => {
              if (typed.trim() === '') {
                if (field !== 'yearlyLimit') return false;
                setPool(field, null);
                return true;
              }
              const value = field === 'firstYear' ? Number(typed.trim()) : parseLocaleNumber(typed, locale);
              if (value === null || !Number.isFinite(value)) return false;
              setPool(field, field === 'repaymentShare' ? value / 100 : value);
              return true;
            }}
          />
        </label>
      ))}
    </fieldset>
  );
}
