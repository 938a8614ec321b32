/** The methodology guide's names for the domain's codes, in the user's language (MethodologyStrings). */
import * as methodologyStrings from 'MethodologyStrings';
import type { IGuideStage } from '../../services/MethodologyService';
import type { LifecycleCode } from '../../domain/governance/vocabulary';

/** A lifecycle's name (PRINCE2, Agile, Hybrid (PRINCE2 Agile)). */
export function lifecycleLabel(lifecycle: LifecycleCode): string {
  return methodologyStrings[`Methodology_Lifecycle_${lifecycle}`] ?? lifecycle;
}

/** A stage's title: the PMO's, else PMO Hub's own for the lifecycle ("Delivery in releases"). */
export function stageTitle(lifecycle: LifecycleCode, s: IGuideStage): string {
  return s.content?.title || (methodologyStrings[`Methodology_StageTitle_${lifecycle}_${s.stage.code}`] ?? s.stage.code);
}

/** A stage's purpose: the PMO's, else the domain's text (its `purpose` key). */
export function stagePurpose(s: IGuideStage): string {
  return s.content?.purpose || (methodologyStrings[s.stage.purpose] ?? '');
}

/** A stage's roles: the PMO's text, else the domain's roles by their names ("Executive, Project Manager"). */
export function stageRoles(s: IGuideStage): string {
  return s.content?.roles || s.stage.roles.map(r => methodologyStrings[`Methodology_Role_${r}`] ?? r).join(', ');
}

/** A gate's name ("Authorise the project"). */
export function gateLabel(gate: string): string {
  return methodologyStrings[`Methodology_Gate_${gate}`] ?? gate;
}

/** A required product's name ("Business case"). */
export function productLabel(product: string): string {
  return methodologyStrings[`Methodology_Product_${product}`] ?? product;
}

const languageNames: Record<string, Intl.DisplayNames | undefined> = {};

/** A language code's name in the user's language, as its grammar writes it after a colon ('de' → "German", "tedesco"); the code itself when unknown. */
export function languageLabel(code: string | undefined, locale: string): string {
  if (!code) return '';
  try {
    const names = languageNames[locale] ?? (languageNames[locale] = new Intl.DisplayNames([locale], { type: 'language' }));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
