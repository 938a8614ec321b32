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
    const bar = line.lastIndexOf('|');
    const rawUrl = (bar >= 0 ? line.slice(bar + 1) : line).trim();
    if (!rawUrl) continue;
    let url: URL;
    try {
      url = new URL(rawUrl);
    } catch {
      continue;
    }
    if (SAFE_PROTOCOLS.indexOf(url.protocol) < 0) continue;
    const title = bar >= 0 ? line.slice(0, bar).trim() : '';
    out.push({ title: title || rawUrl, url: url.href });
  }
  return out;
}
