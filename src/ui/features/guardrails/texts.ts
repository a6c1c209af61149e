import type { Texts } from '../../i18n/use-texts';
import type { GuardrailKind } from '../../../engine';

/** Per guardrail: what was found and why it matters (one sentence), and the source of the rule. */
type Words = Record<GuardrailKind, { title: string; reason: string; source: string }>;

const daKinds: Words = {
  noDeadweight: { title: 'Ingen dødvægt', reason: 'Uden indsatsen ville ingen være kommet i målet, så hele andelen tilskrives indsatsen; det overvurderer næsten altid effekten.', source: 'Ekspertgruppen (2015): kun dem, der ikke ville have flyttet sig alligevel, tæller.' },
  beyondEvidence: { title: 'Effekt ud over evidensen', reason: 'Effekten er større end skabelonens evidens støtter (øvre grænse for behandlet, nedre for kontrafaktisk).', source: 'Katalogets skabelon og evidensgrad (Beskæftigelsesministeriets videnshierarki, EG 2015, Bilag 4.2).' },
  effectBeyondFollowUp: { title: 'Effekt længere end opfølgningen', reason: 'Effekten regnes ud over det tidspunkt, evidensen fulgte deltagerne til, så resten er et skøn.', source: 'Evidensens opfølgningsperiode (evidenceFollowUpMonths).' },
  noDecayLongEffect: { title: 'Ingen aftagning over mange år', reason: 'En effekt, der holder fuldt i mere end fem år uden aftagning, er sjældent dokumenteret.', source: 'Det publicerede IPS-eksempel (CEBR 2015) regner med fem års effekt.' },
  horizonBeyondData: { title: 'Horisont ud over data', reason: 'Horisonten rækker ud over, hvad nogen evidens har fulgt den sidste kohorte.', source: 'Evidensens opfølgningsperiode og kohorternes start.' },
  doubleCounting: { title: 'Samme gevinst to gange', reason: 'To udfald i samme målgruppe værdisætter den samme tilstandsændring, så gevinsten tælles dobbelt.', source: 'Greater Manchester CBA-modellens advarsel mod dobbelttælling.' },
  nonCashableSaving: { title: 'Besparelse, der ikke kan hjemtages', reason: 'Gevinsten er frigjort kapacitet i en kategori, som intet budget kan tage tilbage, men tælles i budgetperspektivet.', source: 'Kataloget markerer kategorien som ikke-kontant (cashable: false); GMCA skelner kontante og ikke-kontante besparelser.' },
  averageUnitCost: { title: 'Gennemsnitlig i stedet for marginal enhedspris', reason: 'Værdien bygger på en gennemsnitspris, mens det er den marginale udgift ved én person mere eller mindre, der ændrer sig.', source: 'Tallets note eller costBasis i kataloget.' },
  priceYearMixed: { title: 'Prisår blandet uden indeks', reason: 'Tal fra flere prisår lægges sammen uden at blive omregnet, fordi scenariet ikke har et prisår.', source: 'Sæt settings.priceYear, så tal omregnes med katalogets prisindeks.' },
  discountingOff: { title: 'Ingen diskontering over en budgetperiode', reason: 'Casen løber længere end budgetåret og tre overslagsår, men senere kroner vejer som dagens.', source: 'Finansministeriets diskonteringsrente (fm-2021) for beregninger over flere år.' },
  figureOutOfValidity: { title: 'Katalogtal uden for sin gyldighed', reason: 'Casen bruger et katalogtal (en sats eller et beløb), der ikke gælder i alle casens kalenderår, så tallet er en antagelse for de øvrige år.', source: 'Tallets gyldighedsperiode i kataloget; se tallets kilde.' },
};

const enKinds: Words = {
  noDeadweight: { title: 'No deadweight', reason: 'Nobody would have reached the outcome without the intervention, so the whole share is credited to it; this almost always overstates the effect.', source: 'Ekspertgruppen (2015): only those who would not have moved anyway count.' },
  beyondEvidence: { title: 'Effect beyond the evidence', reason: 'The effect is larger than the template\'s evidence supports (upper bound treated, lower bound counterfactual).', source: 'The catalogue template and its evidence grade (Ministry of Employment, EG 2015, Bilag 4.2).' },
  effectBeyondFollowUp: { title: 'Effect longer than the follow-up', reason: 'The effect is counted past the point the evidence followed participants to, so the rest is a guess.', source: 'The evidence\'s follow-up (evidenceFollowUpMonths).' },
  noDecayLongEffect: { title: 'No decay over many years', reason: 'A full effect lasting more than five years without decay is rarely documented.', source: 'The published IPS example (CEBR 2015) counts five years of effect.' },
  horizonBeyondData: { title: 'Horizon beyond the data', reason: 'The horizon runs past what any evidence followed the last cohort for.', source: 'The evidence\'s follow-up and the cohorts\' starts.' },
  doubleCounting: { title: 'The same gain twice', reason: 'Two outcomes of one target group value the same state change, so the gain is counted twice.', source: 'The Greater Manchester CBA model\'s warning against double counting.' },
  nonCashableSaving: { title: 'A saving no budget can take back', reason: 'The gain is freed capacity in a category no budget can take back, yet it counts in the budget view.', source: 'The catalogue marks the category non-cashable (cashable: false); GMCA separates cashable and non-cashable savings.' },
  averageUnitCost: { title: 'Average instead of marginal unit cost', reason: 'The value rests on an average cost, while what changes is the marginal cost of one person more or fewer.', source: 'The figure\'s note or costBasis in the catalogue.' },
  priceYearMixed: { title: 'Price years mixed without an index', reason: 'Figures of several price years are added unconverted because the scenario sets no price year.', source: 'Set settings.priceYear so figures are converted by the catalogue\'s price index.' },
  discountingOff: { title: 'No discounting over a budget period', reason: 'The case runs past the budget year and three overslagsår, yet later kroner weigh as today\'s.', source: 'The Ministry of Finance\'s discount rate (fm-2021) for calculations over several years.' },
  figureOutOfValidity: { title: 'Catalogue figure outside its validity', reason: 'The case uses a catalogue figure (a rate or an amount) that is not in force in every calendar year of the case, so for the other years it is an assumption.', source: 'The figure\'s period of validity in the catalogue; see its source.' },
};

export const guardrailTexts: Texts<{ heading: string; none: string; field: string; more: (n: number) => string; kinds: Words }> = {
  da: { heading: 'Advarsler', none: 'Ingen advarsler.', field: 'Felt', more: (n) => `og ${n} flere`, kinds: daKinds },
  en: { heading: 'Warnings', none: 'No warnings.', field: 'Field', more: (n) => `and ${n} more`, kinds: enKinds },
};
