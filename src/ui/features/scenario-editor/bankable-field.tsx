/** Whether a gain can be taken back from a budget (kan hjemtages): the category's default, yes or no. Budget view and pool use it. */
import { getAt, type FieldPath } from '../../../state/edits';
import { useAppStore } from '../../../state';
import { useTexts } from '../../i18n/use-texts';
import { FieldShell } from './field';
import { editorTexts } from './texts';
import { fieldId, useCommitField } from './use-editor';

export function BankableField({ path }: { path: FieldPath }) {
  const t = useTexts(editorTexts);
  const id = fieldId(path);
  const value = useAppStore((s) => getAt(s.scenario, path));
  const commitField = useCommitField();
  return (
    <FieldShell id={id} label={t.bankable} problems={[]}>
      <select id={id} value={value === true ? 'yes' : value === false ? 'no' : ''}
        onChange={(e) => commitField(path, e.target.value === '' ? undefined : e.target.value === 'yes', t.bankable)}>
        <option value="">{t.bankableDefault}</option>
        <option value="yes">{t.bankableYes}</option>
        <option value="no">{t.bankableNo}</option>
      </select>
    </FieldShell>
  );
}
