/**
 * The figureOutOfValidity findings as one list (beside the rules-year field and in the results'
 * warnings): the rules year and the case's years once, then each catalogue figure with its period.
 */
import { rulesYearOf, type GuardrailFinding } from '../../../engine';
import { figureValidityGroup } from '../../../format/figure-validity';
import { useAppStore } from '../../../state';
import { useLocale } from '../../i18n/use-texts';

export function FiguresOutOfValidity({ findings, className }: { findings: GuardrailFinding[]; className?: string }) {
  const locale = useLocale();
  const firstYear = useAppStore((s) => s.scenario?.settings.firstYear);
  const rulesYear = useAppStore((s) => s.scenario?.settings.rulesYear);
  const group = figureValidityGroup(findings, locale, rulesYearOf({ firstYear, rulesYear }));
  return (
    <div className={className} data-testid="figures-out-of-validity">
      {group.lead}:
      <ul>{group.figures.map((text) => <li key={text}>{text}</li>)}</ul>
    </div>
  );
}
