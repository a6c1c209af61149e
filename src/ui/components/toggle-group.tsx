/** A labelled group of toggle buttons, one of which is pressed (aria-pressed): a small segmented control. */
export interface ToggleOption<T extends string> {
  value: T;
  label: string;
  /** The option's own language, when it differs from the page's (e.g. »English« on a Danish page). */
  lang?: string;
}

interface Props<T extends string> {
  label: string;
  options: ToggleOption<T>[];
  value: T;
  onChange: (value: T) => void;
  className?: string;
  /** Keep the group's label for screen readers only. */
  hideLabel?: boolean;
}

export function ToggleGroup<T extends string>({ label, options, value, onChange, className, hideLabel }: Props<T>) {
  return (
    <div className={className ? `toggle-group ${className}` : 'toggle-group'} role="group" aria-label={label}>
      {!hideLabel && <span className="toggle-group__label" aria-hidden="true">{label}</span>}
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="toggle"
          lang={option.lang}
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
