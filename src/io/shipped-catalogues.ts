/**
 * Every catalogue shipped in models/, bundled at build time (the app fetches nothing). A catalogue
 * is one file, or a folder whose catalogue.json lists its part files; add new files here.
 * test/models/ checks that this list and the files on disk agree.
 */
import core from '../../models/core.json';
import dkMinimal from '../../models/dk-minimal.json';
import dk from '../../models/dk/catalogue.json';
import dkLedgers from '../../models/dk/ledgers.json';
import dkDiscounting from '../../models/dk/discounting.json';
import dkPriceIndex from '../../models/dk/price-index.json';
import dkBenefits from '../../models/dk/benefits.json';
import dkUnitCosts from '../../models/dk/unit-costs.json';
import dkWelfareGains from '../../models/dk/welfare-gains.json';
import dkTaxes from '../../models/dk/taxes.json';
import dkPublicFinance from '../../models/dk/public-finance.json';
import dkFinancing from '../../models/dk/financing.json';
import dkOperatingRefusion from '../../models/dk/operating-refusion.json';
import dkSocioeconomic from '../../models/dk/socioeconomic.json';
import dkStates from '../../models/dk/states.json';
import dkTargetGroups from '../../models/dk/target-groups.json';
import dkTemplatesSupport from '../../models/dk/templates-support.json';
import dkTemplatesSubsidised from '../../models/dk/templates-subsidised.json';
import dkTemplatesEducation from '../../models/dk/templates-education.json';

export interface ShippedCatalogue {
  /** Path under models/ of the catalogue file. */
  file: string;
  json: unknown;
  /** Part files (name relative to the catalogue's folder → content), for a catalogue split into files. */
  parts?: Record<string, unknown>;
}

export const SHIPPED_CATALOGUES: ShippedCatalogue[] = [
  { file: 'core.json', json: core },
  { file: 'dk-minimal.json', json: dkMinimal },
  {
    file: 'dk/catalogue.json', json: dk,
    parts: {
      'ledgers.json': dkLedgers,
      'discounting.json': dkDiscounting,
      'price-index.json': dkPriceIndex,
      'benefits.json': dkBenefits,
      'unit-costs.json': dkUnitCosts,
      'welfare-gains.json': dkWelfareGains,
      'taxes.json': dkTaxes,
      'financing.json': dkFinancing,
      'public-finance.json': dkPublicFinance,
      'operating-refusion.json': dkOperatingRefusion,
      'socioeconomic.json': dkSocioeconomic,
      'states.json': dkStates,
      'target-groups.json': dkTargetGroups,
      'templates-support.json': dkTemplatesSupport,
      'templates-subsidised.json': dkTemplatesSubsidised,
      'templates-education.json': dkTemplatesEducation,
    },
  },
];
