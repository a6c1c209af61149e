/**
 * A <details> section whose content is rendered only while open, so a large portfolio does not put
 * thousands of fields on the page. It opens by itself while a problem lies under its path, so the
 * problem's field is visible and the summary's link to it works.
 */
import { useState, type ReactNode } from 'react';
import { selectEditorErrors } from '../../../state/edits';
import { useScenarioCheck } from '../../../state';

interface Props {
  summary: ReactNode;
  className?: string;
  defaultOpen?: boolean;
  /** The path text (as in error paths) of what the section holds, e.g. `targetGroups[0]`. */
  errorPrefix?: string;
  children: ReactNode;
}

function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

export function Collapsible({ summary, className, defaultOpen = false, errorPrefix, children }: Props) {
  const [open, setOpen] = useState(defaultOpen);
  const hasProblems = useScenarioCheck(selectEditorErrors, (errors) => errorPrefix !== undefined && errors.some((e) => under(e.path, errorPrefix)));
  const shown = open || hasProblems;
  return (
    <details className={className} open={shown} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {shown && children}
    </details>
  );
}
