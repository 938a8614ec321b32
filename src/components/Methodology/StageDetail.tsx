import * as React from 'react';
import * as methodologyStrings from 'MethodologyStrings';
import { formatString } from '../../domain/text';
import type { IGuideStage, IStageTemplate } from '../../services/MethodologyService';
import type { LifecycleCode } from '../../domain/governance/vocabulary';
import { Link } from '../controls';
import { gateLabel, languageLabel, productLabel, stagePurpose, stageRoles, stageTitle } from './labels';
import styles from './Methodology.module.scss';

/** Props of {@link StageDetail}. */
export interface IStageDetailProps {
  lifecycle: LifecycleCode;
  stage: IGuideStage;
  /** The user's locale (language names). */
  locale: string;
  /** Absolute URL of the PMO site: a template's server-relative URL is opened on its host. */
  siteUrl: string;
  id: string;
}

/** A template's absolute address on the site's host ('' when the site URL cannot be read). */
export function templateHref(siteUrl: string, template: Pick<IStageTemplate, 'url'>): string {
  if (/^https?:\/\//i.test(template.url)) return template.url;
  try {
    return new URL(template.url, siteUrl).toString();
  } catch {
    return '';
  }
}

/** A block of the gate criteria: a paragraph, or the items of a checklist. */
export type CriteriaBlock = { kind: 'text'; text: string } | { kind: 'list'; items: string[] };

const ITEM_MARK = /^[–-]\s+/;

/**
 * The PMO's gate criteria as blocks: the text split on line breaks; consecutive lines starting with
 * "– " or "- " become the items of one list (without the dash), other lines paragraphs; blank lines
 * are dropped.
 */
export function criteriaBlocks(text: string): CriteriaBlock[] {
  const blocks: CriteriaBlock[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const last = blocks[blocks.length - 1];
    if (ITEM_MARK.test(line)) {
      const item = line.replace(ITEM_MARK, '');
      if (last?.kind === 'list') last.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
    } else {
      blocks.push({ kind: 'text', text: line });
    }
  }
  return blocks;
}

/** The gate criteria: paragraphs and checklists ({@link criteriaBlocks}). */
function Criteria(props: { text: string }): React.ReactElement {
  return (
    <div className={styles.criteria} data-testid="methodology-criteria">
      {criteriaBlocks(props.text).map((b, i) => (b.kind === 'list'
        ? <ul key={i} className={styles.criteriaList}>{b.items.map((item, j) => <li key={j}>{item}</li>)}</ul>
        : <p key={i}>{b.text}</p>))}
    </div>
  );
}

/** The templates to use in a stage: each a link to its file with its language; an empty state when there is none. */
function Templates(props: { templates: ReadonlyArray<IStageTemplate>; locale: string; siteUrl: string }): React.ReactElement {
  if (props.templates.length === 0) return <p className={styles.empty} data-testid="methodology-templates-empty">{methodologyStrings.Methodology_TemplatesEmpty}</p>;
  return (
    <ul className={styles.templates} data-testid="methodology-templates">
      {props.templates.map(t => (
        <li key={t.id} data-testid="methodology-template" data-template-id={t.id}>
          <Link href={templateHref(props.siteUrl, t)}>{t.title || t.name}</Link>
          {t.title && t.title !== t.name && <span className={styles.fileName}> ({t.name})</span>}
          {t.language && <span className={styles.meta}>{formatString(methodologyStrings.Methodology_TemplateLanguage, languageLabel(t.language, props.locale))}</span>}
        </li>
      ))}
    </ul>
  );
}

/**
 * One stage of the guide: its title, how often it runs, its purpose, roles and gate criteria (the
 * PMO's text in the user's language, else PMO Hub's own; its checklist lines as a list), the domain's required products and the
 * templates to use.
 */
export function StageDetail(props: IStageDetailProps): React.ReactElement {
  const { stage: s, lifecycle } = props;
  const headingId = `${props.id}-heading`;
  const otherLanguage = s.content && s.content.language !== props.locale.slice(0, 2).toLowerCase();
  return (
    <section id={props.id} className={styles.detail} aria-labelledby={headingId} data-testid="methodology-detail" data-stage={s.stage.code}>
      <h2 id={headingId} className={styles.heading}>{stageTitle(lifecycle, s)}</h2>
      {s.stage.repeats && <p className={styles.meta}>{methodologyStrings[`Methodology_Repeats_${s.stage.repeats}`]}</p>}
      {otherLanguage && <p className={styles.meta}>{methodologyStrings.Methodology_OtherLanguage}</p>}
      <h3 className={styles.subheading}>{methodologyStrings.Methodology_Purpose}</h3>
      <p data-testid="methodology-purpose">{stagePurpose(s)}</p>
      <h3 className={styles.subheading}>{methodologyStrings.Methodology_Roles}</h3>
      <p data-testid="methodology-roles">{stageRoles(s)}</p>
      <h3 className={styles.subheading}>{methodologyStrings.Methodology_GateCriteria}</h3>
      {s.stage.gate && <p className={styles.meta}>{formatString(methodologyStrings.Methodology_Gate, gateLabel(s.stage.gate))}</p>}
      {s.content?.gateCriteria
        ? <Criteria text={s.content.gateCriteria} />
        : <p className={styles.empty} data-testid="methodology-criteria-none">{methodologyStrings.Methodology_GateCriteriaNone}</p>}
      <h3 className={styles.subheading}>{methodologyStrings.Methodology_RequiredProducts}</h3>
      <ul className={styles.products} data-testid="methodology-products">
        {s.stage.requiredProducts.map(p => <li key={p}>{productLabel(p)}</li>)}
      </ul>
      <h3 className={styles.subheading}>{methodologyStrings.Methodology_Templates}</h3>
      <Templates templates={s.templates} locale={props.locale} siteUrl={props.siteUrl} />
    </section>
  );
}
