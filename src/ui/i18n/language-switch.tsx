/** Dansk / English: a segmented control in the masthead. Each option names its language in that language. */
import { useAppStore, type Language } from '../../state';
import { ToggleGroup } from '../components/toggle-group';

const OPTIONS: { value: Language; label: string; lang: string }[] = [
  { value: 'da', label: 'Dansk', lang: 'da' },
  { value: 'en', label: 'English', lang: 'en' },
];

export function LanguageSwitch() {
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  return (
    <ToggleGroup label={language === 'da' ? 'Sprog' : 'Language'} value={language} onChange={setLanguage}
      options={OPTIONS} className="toggle-group--on-dark" hideLabel />
  );
}
