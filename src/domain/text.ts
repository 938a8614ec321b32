/**
 * Fills `{0}`, `{1}`, … in a localized template. Missing arguments leave the placeholder as it is,
 * so a translation error shows up instead of silently dropping text.
 */
export function formatString(template: string, ...args: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (match: string, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? match : String(value);
  });
}
