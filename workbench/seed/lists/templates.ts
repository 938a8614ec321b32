/** The document library of templates (Templates) by stage (PRINCE2's and, from schema 7, any lifecycle's: StageCode) and PMO process, each with a short Markdown file. */
import { TemplatesList } from '../../../src/schema';
import { choiceCodes } from '../choices';
import type { ISeedRow } from '../model';
import { TEMPLATES } from '../reference';
import { row } from '../rows';

const T = TemplatesList.fields;
const pmoProcess = choiceCodes(TemplatesList.choices.PmoProcess);
const templateStatus = choiceCodes(TemplatesList.choices.TemplateStatus);
const language = choiceCodes(TemplatesList.choices.Language);

/** The rows of Templates, each with its file. */
export function templateRows(): ISeedRow[] {
  return TEMPLATES.map(t =>
    row(
      TemplatesList,
      { [T.Title]: t.title, [T.PmoProcess]: pmoProcess(t.process), [T.Prince2Stage]: t.stage ?? null, [T.StageCode]: t.stage ?? t.stageCode ?? null, [T.Language]: language(t.lang), [T.TemplateStatus]: templateStatus(t.status), [T.Summary]: t.summary },
      { file: { name: t.name, content: `# ${t.title}\n\n${t.summary}\n\n## 1. Purpose\n\n## 2. Content\n\n## 3. Approval\n` } }
    )
  );
}
