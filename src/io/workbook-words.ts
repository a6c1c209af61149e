/**
 * The catalogue's words for the Excel workbook, which is written in Danish: constant notes and texts
 * copied from a template in Danish, and an EXAMPLE figure's placeholder source said as such
 * (export/workbook's WorkbookMeta.words; export does not read the catalogue texts itself).
 */
import { catalogueNotes, catalogueOwnText } from './catalogue-texts';

export function danishWorkbookWords(): { constantNote: (id: string, note: string) => string; ownText: (text: string) => string; exampleSource: string } {
  return { constantNote: catalogueNotes('da'), ownText: catalogueOwnText('da'), exampleSource: 'ingen offentliggjort kilde fundet' };
}
