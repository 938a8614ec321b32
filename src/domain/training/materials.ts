/** A module's materials (TrainingModules.Materials: one link per line, `Title | https://…`). */

const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/** One material: its title and its link (http(s) or mailto only). */
export interface IMaterialLink {
  title: string;
  url: string;
}

/**
 * The links of a Materials text. Each line is `Title | URL` (split at the last '|') or a bare URL (its
 * own title). Blank lines, lines without a parsable absolute URL and every link that is not http:,
 * https: or mailto: (javascript:, data:, file:, …) are dropped, so no stored text can run script when
 * clicked. The URL returned is the parsed one (WHATWG URL serialisation).
 */
export function parseMaterials(text: string): IMaterialLink[] {
  const out: IMaterialLink[] = [];
  for (const line of (text ?? '').split(/\r?\n/)) {
    const link = materialOf(line);
    if (link) out.push(link);
  }
  return out;
}

/** One line's link, or undefined for a line without a parsable http(s)/mailto URL. */
function materialOf(line: string): IMaterialLink | undefined {
  const bar = line.lastIndexOf('|');
  const rawUrl = (bar >= 0 ? line.slice(bar + 1) : line).trim();
  if (!rawUrl) return undefined;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return undefined;
  }
  if (SAFE_PROTOCOLS.indexOf(url.protocol) < 0) return undefined;
  const title = bar >= 0 ? line.slice(0, bar).trim() : '';
  return { title: title || rawUrl, url: url.href };
}

/**
 * The numbers (1-based) of the lines of a Materials text that {@link parseMaterials} would drop: not
 * blank, yet without an http(s) or mailto link. A form names them instead of saving text that would
 * silently lose them.
 */
export function invalidMaterialLines(text: string): number[] {
  const out: number[] = [];
  (text ?? '').split(/\r?\n/).forEach((line, i) => {
    if (line.trim() && !materialOf(line)) out.push(i + 1);
  });
  return out;
}
