/**
 * A file's size as the help language writes it, rounded as a person says it: "2.4 MB",
 * "٢٫٤ م.ب.", "12 KB". Decimal units (1 MB = 1,000,000 bytes), as file managers show them.
 */
export function fileSize(bytes: number, locale: string): string {
  // Under a megabyte, whole kilobytes; never "0 KB" for a file that has something in it.
  if (bytes < 1_000_000) {
    const kilobytes = bytes === 0 ? 0 : Math.max(1, Math.round(bytes / 1000));
    if (kilobytes < 1000) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte' }).format(kilobytes);
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000);
}
