/** Saving a report's CSV through the tutor tools' one download helper. */
import { csvMediaType } from '../../../lib/reports/csv';
import { downloadBlob } from '../download';

export function downloadCsv(name: string, csv: string): void {
  downloadBlob(name, new Blob([csv], { type: csvMediaType }));
}
