import type { Texts } from '../../i18n/use-texts';

const da = {
  heading: 'Opfølgning',
  template: 'Hent skabelon (CSV)',
  import: 'Importér realiserede tal (CSV)',
  freeze: 'Frys beslutningsgrundlag',
  basis: 'Beslutningsgrundlag',
  basisOf: (date: string, hash: string, intact: boolean) => `fastfrosset ${date}, SHA-256 ${hash}${intact ? '' : ' — ÆNDRET siden (hash passer ikke)'}`,
  noBasis: 'Intet fastfrosset beslutningsgrundlag: prognosen er scenariet, som det står nu.',
  noFollowUp: 'Ingen realiserede tal endnu. Hent skabelonen, udfyld den i Excel og importér den.',
  imported: (n: number) => `${n} realiserede tal importeret.`,
  csvError: (line: number, column: number, message: string) => (line ? `Linje ${line}, kolonne ${column}: ${message}` : message),
  ledgers: 'Prognose og genberegning', ledger: 'Kasse', forecastNpv: 'NPV, prognose', reprojectedNpv: 'NPV, genberegnet',
  forecastPayback: 'Tilbagebetaling, prognose', reprojectedPayback: 'Tilbagebetaling, genberegnet', total: 'I alt',
  deviations: 'Prognose mod realiseret', what: 'Hvad', at: 'År / måned', forecast: 'Prognose', realised: 'Realiseret', flag: 'Uden for det angivne spænd',
  kinds: { participants: 'Deltagere', cost: 'Udgift', outcome: 'Andel i målet' },
  notPaidBack: 'ikke inden for horisonten',
};

export const followUpTexts: Texts<typeof da> = {
  da,
  en: {
    heading: 'Follow-up',
    template: 'Download template (CSV)',
    import: 'Import realised figures (CSV)',
    freeze: 'Freeze the decision basis',
    basis: 'Decision basis',
    basisOf: (date, hash, intact) => `frozen ${date}, SHA-256 ${hash}${intact ? '' : ' — CHANGED since (hash does not match)'}`,
    noBasis: 'No frozen decision basis: the forecast is the scenario as it stands.',
    noFollowUp: 'No realised figures yet. Download the template, fill it in in Excel and import it.',
    imported: (n) => `${n} realised figures imported.`,
    csvError: (line, column, message) => (line ? `Line ${line}, column ${column}: ${message}` : message),
    ledgers: 'Forecast and re-projection', ledger: 'Ledger', forecastNpv: 'NPV, forecast', reprojectedNpv: 'NPV, re-projected',
    forecastPayback: 'Payback, forecast', reprojectedPayback: 'Payback, re-projected', total: 'Total',
    deviations: 'Forecast vs realised', what: 'What', at: 'Year / month', forecast: 'Forecast', realised: 'Realised', flag: 'Outside the stated range',
    kinds: { participants: 'Participants', cost: 'Cost', outcome: 'Share in the outcome' },
    notPaidBack: 'not within the horizon',
  },
};
