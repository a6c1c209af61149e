/** The scenario's title and description, as written in the file (a template's description in the user's language while unedited). */
import { useAppStore } from '../../../state';
import { useCatalogueOwnText } from '../../i18n/catalogue-names';

export function ScenarioHeader() {
  const scenario = useAppStore((s) => s.scenario);
  const own = useCatalogueOwnText();
  if (!scenario) return null;
  return (
    <header className="scenario-header">
      <h1>{scenario.title}</h1>
      {scenario.description && <p className="scenario-header__description">{own(scenario.description)}</p>}
    </header>
  );
}
