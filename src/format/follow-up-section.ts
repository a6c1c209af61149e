/**
 * The follow-up section of a printed report or a CLI run (docs/follow-up-and-guardrails.md), fully
 * worded and formatted in one language: the decision basis, per ledger the forecast beside the
 * re-projection, and each realised figure beside its forecast and the range the case stated. Pure:
 * the printed report (ui), the app state and the command line render the same rows.
 */
import type { Deviation } from '../engine';
import { formatKroner, formatNumber, formatShare, formatYears, type Locale } from './numbers';

/** The parts of the follow-up view (io/follow-up-view.ts) the section reads. */
export interface FollowUpSectionInput {
  basis: { date: string; sha256: string; intact: boolean } | null;
  ledgers: { id: string; label: string; forecastNpv: number; reprojectedNpv: number; forecastPayback: number | null; reprojectedPayback: number | null }[];
  deviations: (Deviation & { label: string; date?: string; source?: string })[];
  outside: number;
}

export interface FollowUpSection {
  heading: string;
  /** The decision basis in one sentence (date, hash, whether it still matches), or that there is none. */
  basis: string;
  ledgerColumns: string[];
  /** Per ledger then the total: label, NPV forecast, NPV re-projected, payback forecast, payback re-projected. */
  ledgerRows: string[][];
  deviationColumns: string[];
  deviationRows: { cells: string[]; outside: boolean; path: string }[];
  /** "3 af 6 realiserede tal …". */
  outsideSummary: string;
}

const WORDS = {
  da: {
    heading: 'Opfølgning: prognose mod realiseret',
    basis: (date: string, hash: string, intact: boolean) => `Beslutningsgrundlag fastfrosset ${date}, SHA-256 ${hash}${intact ? '' : ' — ÆNDRET siden (hash passer ikke)'}.`,
    noBasis: 'Intet fastfrosset beslutningsgrundlag: prognosen er scenariet, som det står nu.',
    ledgerColumns: ['Kasse', 'NPV, prognose', 'NPV, genberegnet', 'Tilbagebetaling, prognose', 'Tilbagebetaling, genberegnet'],
    deviationColumns: ['Hvad', 'År / måned', 'Prognose', 'Angivet spænd', 'Realiseret', 'Uden for spændet', 'Dato', 'Kilde'],
    total: 'I alt', notPaidBack: 'ikke inden for horisonten', none: 'intet angivet', yes: 'Ja', no: 'Nej',
    kinds: { participants: 'Deltagere', cost: 'Udgift', outcome: 'Andel i målet' },
    at: (d: Deviation) => (d.at === null ? '–' : d.kind === 'cost' ? `år ${d.at}` : `${d.at} mdr.`),
    outside: (n: number, of: number) => `${n} af ${of} realiserede tal ligger uden for det spænd, casen angav.`,
  },
  en: {
    heading: 'Follow-up: forecast vs realised',
    basis: (date: string, hash: string, intact: boolean) => `Decision basis frozen ${date}, SHA-256 ${hash}${intact ? '' : ' — CHANGED since (hash does not match)'}.`,
    noBasis: 'No frozen decision basis: the forecast is the scenario as it stands.',
    ledgerColumns: ['Ledger', 'NPV, forecast', 'NPV, re-projected', 'Payback, forecast', 'Payback, re-projected'],
    deviationColumns: ['What', 'Year / month', 'Forecast', 'Stated range', 'Realised', 'Outside the range', 'Date', 'Source'],
    total: 'Total', notPaidBack: 'not within the horizon', none: 'none stated', yes: 'Yes', no: 'No',
    kinds: { participants: 'Participants', cost: 'Cost', outcome: 'Share in the outcome' },
    at: (d: Deviation) => (d.at === null ? '–' : d.kind === 'cost' ? `year ${d.at}` : `${d.at} mo.`),
    outside: (n: number, of: number) => `${n} of ${of} realised figures lie outside the range the case stated.`,
  },
} as const;

export function followUpSection(view: FollowUpSectionInput, locale: Locale = 'da'): FollowUpSection {
  const w = WORDS[locale];
  const payback = (y: number | null) => (y === null ? w.notPaidBack : formatYears(y, locale));
  return {
    heading: w.heading,
    basis: view.basis ? w.basis(view.basis.date, view.basis.sha256, view.basis.intact) : w.noBasis,
    ledgerColumns: [...w.ledgerColumns],
    ledgerRows: view.ledgers.map((l) => [
      l.id === 'total' ? w.total : l.label, formatKroner(l.forecastNpv, locale), formatKroner(l.reprojectedNpv, locale),
      payback(l.forecastPayback), payback(l.reprojectedPayback),
    ]),
    deviationColumns: [...w.deviationColumns],
    deviationRows: view.deviations.map((d) => {
      const fmt = (v: number) => (d.kind === 'outcome' ? formatShare(v, locale) : d.kind === 'cost' ? formatKroner(v, locale) : formatNumber(v, locale, 1));
      return {
        path: d.path, outside: d.outside,
        cells: [
          `${w.kinds[d.kind]}: ${d.label}`, w.at(d), fmt(d.forecast), d.range ? `${fmt(d.range.min)} – ${fmt(d.range.max)}` : w.none,
          fmt(d.realised), d.outside ? w.yes : w.no, d.date ?? '', d.source ?? '',
        ],
      };
    }),
    outsideSummary: w.outside(view.outside, view.deviations.length),
  };
}
