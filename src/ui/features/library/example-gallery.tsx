/** "Eksempler": the shipped scenarios, each with its title and the first sentence of its description. */
import { useAppStore } from '../../../state';
import { EXAMPLES } from '../../../state/examples';
import { useTexts } from '../../i18n/use-texts';
import { texts } from './texts';

export function ExampleGallery({ id, onDone }: { id: string; onDone: () => void }) {
  const t = useTexts(texts);
  const openExample = useAppStore((s) => s.openExample);
  return (
    <section id={id} className="library-popover" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.examples}</h2>
      <ul className="library-list">
        {EXAMPLES.map((example) => (
          <li key={example.id} className="library-example">
            <button type="button" className="library-row__title" aria-describedby={`${id}-${example.id}`}
              onClick={() => { openExample(example.json, example.title); onDone(); }}>
              {example.title}
            </button>
            <p id={`${id}-${example.id}`}>{example.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
