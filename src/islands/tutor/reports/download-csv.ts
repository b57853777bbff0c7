/** Saving a report's CSV: the browser's own "save file", from text made on this page. */
import { csvMediaType } from '../../../lib/reports/csv';

export function downloadCsv(name: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: csvMediaType }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
