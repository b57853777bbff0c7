/** Fills `{name}` placeholders in a UI string. An unknown placeholder is left visible, so a mistake shows. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
