/**
 * The governance reference data of schema 7: the gates of the hybrid and agile lifecycles (the PRINCE2
 * gates are G0–G4 of reference.ts, which gain their lifecycle and stage), the checklist items added to
 * every lifecycle's gates (categories quality, ISO 27001, NIS2, procurement, governance, and handover
 * at the closing gates), and which stage of a project's simulated PRINCE2 life each lifecycle calls it.
 * Codes only; the texts in each language are in governanceTexts.ts and referenceTexts.ts.
 */
import type { ChecklistCategory, LifecycleCode, StageCode } from '../../src/domain/governance/vocabulary';
import type { Prince2Stage } from '../../src/domain/vocabulary';
import { GATES, type GateCode } from './reference';
import type { LifecycleGateCode } from './governanceTexts';

/** A gate of any lifecycle: its code (Gates.Code), order, lifecycle and the stage it ends. */
export interface ILifecycleGateDef {
  code: GateCode | LifecycleGateCode;
  order: number;
  lifecycle: LifecycleCode;
  stage: StageCode;
  /** The PRINCE2 stage (Gates.Prince2Stage): set for the PRINCE2 and hybrid gates. */
  prince2Stage?: Prince2Stage;
}

/** Every gate in the order of the Gates rows: G0–G4 (PRINCE2, as reference.ts), then the hybrid and agile gates (codes of the domain's GATE_CODES). */
export const ALL_GATES: ReadonlyArray<ILifecycleGateDef> = [
  ...GATES.map(g => ({ code: g.code, order: g.order, lifecycle: 'prince2' as const, stage: g.stage, prince2Stage: g.stage })),
  { code: 'AuthoriseInitiation', order: 0, lifecycle: 'hybrid', stage: 'StartingUp', prince2Stage: 'StartingUp' },
  { code: 'AuthoriseProject', order: 1, lifecycle: 'hybrid', stage: 'Initiation', prince2Stage: 'Initiation' },
  { code: 'EndRelease', order: 2, lifecycle: 'hybrid', stage: 'Delivery', prince2Stage: 'Delivery' },
  { code: 'AuthoriseClosure', order: 3, lifecycle: 'hybrid', stage: 'Closing', prince2Stage: 'Closing' },
  { code: 'DiscoveryReview', order: 0, lifecycle: 'agile', stage: 'Discovery' },
  { code: 'AlphaAssessment', order: 1, lifecycle: 'agile', stage: 'Alpha' },
  { code: 'LiveAssessment', order: 2, lifecycle: 'agile', stage: 'Beta' },
  { code: 'ServiceHandover', order: 3, lifecycle: 'agile', stage: 'Live' }
];

/** The agile phase that stands for a PRINCE2 stage of a project's simulated life. */
export const AGILE_STAGE_OF: Readonly<Record<Prince2Stage, StageCode>> = { StartingUp: 'Discovery', Initiation: 'Alpha', Delivery: 'Beta', Closing: 'Live' };

/** The stage code of a simulated project's PRINCE2 stage in its lifecycle. */
export function stageIn(lifecycle: LifecycleCode, stage: Prince2Stage): StageCode {
  return lifecycle === 'agile' ? AGILE_STAGE_OF[stage] : stage;
}

/** The gate that ends a stage of a lifecycle: the lowest order, as GateService picks it (gateOfStage). */
export function gateOfStage(lifecycle: LifecycleCode, stage: StageCode): ILifecycleGateDef | undefined {
  return ALL_GATES.filter(g => g.lifecycle === lifecycle && g.stage === stage).sort((a, b) => a.order - b.order)[0];
}

/**
 * Texts of an added checklist item: below 18 the item of CHECKLIST_TEXTS (referenceTexts.ts) it
 * shares its wording with; from 18 on, MORE_CHECKLIST_TEXTS[text - 18] (governanceTexts.ts).
 */
export const MORE_TEXTS_FROM: number = 18;

const H_OWNER = 18;
const H_DOCS = 19;
const H_SUPPORT = 20;
const H_TRAINING = 21;
const NIS2_SUPPLY = 22;
const NIS2_BOARD = 23;
const TENDER = 24;
const SOA = 25;
const BOARD = 26;
const ASSESSMENT = 27;
const RESEARCH = 28;

/** A checklist item added in schema 7: its gate, category, whether it is required, and its text. */
export interface IMoreChecklistDef { gate: string; category: ChecklistCategory; mandatory: boolean; text: number }

const item = (gate: string, category: ChecklistCategory, text: number, mandatory: boolean = true): IMoreChecklistDef => ({ gate, category, mandatory, text });
const handover = (gate: string): IMoreChecklistDef[] => [H_OWNER, H_DOCS, H_SUPPORT, H_TRAINING].map(t => item(gate, 'Handover', t));

/**
 * The checklist items added after the rows of CHECKLIST (reference.ts), in row order: the PRINCE2
 * gates' new items (project board, NIS2 management accountability and supply chain, tender documents,
 * statement of applicability, handover at G4), then every item of the hybrid and agile gates.
 */
export const MORE_CHECKLIST: ReadonlyArray<IMoreChecklistDef> = [
  item('G0', 'Governance', BOARD), item('G0', 'Nis2', NIS2_BOARD, false),
  item('G1', 'Procurement', TENDER), item('G1', 'Iso27001', SOA),
  item('G2', 'Nis2', NIS2_SUPPLY),
  ...handover('G4'),
  item('AuthoriseInitiation', 'Governance', 0), item('AuthoriseInitiation', 'Governance', BOARD), item('AuthoriseInitiation', 'Procurement', 1),
  item('AuthoriseInitiation', 'Iso27001', 2, false), item('AuthoriseInitiation', 'Nis2', NIS2_BOARD, false),
  item('AuthoriseProject', 'Governance', 3), item('AuthoriseProject', 'Quality', 4), item('AuthoriseProject', 'Iso27001', 5), item('AuthoriseProject', 'Iso27001', SOA),
  item('AuthoriseProject', 'Nis2', 6), item('AuthoriseProject', 'Procurement', 7), item('AuthoriseProject', 'Procurement', TENDER),
  item('EndRelease', 'Quality', 8), item('EndRelease', 'Quality', 11), item('EndRelease', 'Procurement', 9), item('EndRelease', 'Iso27001', 10),
  item('EndRelease', 'Nis2', NIS2_SUPPLY), item('EndRelease', 'Nis2', 13),
  item('AuthoriseClosure', 'Governance', 15), item('AuthoriseClosure', 'Governance', 17, false), ...handover('AuthoriseClosure'),
  item('DiscoveryReview', 'Quality', RESEARCH), item('DiscoveryReview', 'Governance', 0), item('DiscoveryReview', 'Procurement', 1),
  item('DiscoveryReview', 'Iso27001', 2, false), item('DiscoveryReview', 'Nis2', 6, false),
  item('AlphaAssessment', 'Quality', ASSESSMENT), item('AlphaAssessment', 'Governance', 3), item('AlphaAssessment', 'Iso27001', 5), item('AlphaAssessment', 'Nis2', 6),
  item('AlphaAssessment', 'Procurement', 7), item('AlphaAssessment', 'Procurement', TENDER),
  item('LiveAssessment', 'Quality', ASSESSMENT), item('LiveAssessment', 'Quality', 14), item('LiveAssessment', 'Iso27001', 12), item('LiveAssessment', 'Iso27001', SOA),
  item('LiveAssessment', 'Nis2', 13), item('LiveAssessment', 'Nis2', NIS2_SUPPLY), item('LiveAssessment', 'Procurement', 9),
  item('ServiceHandover', 'Governance', 15), item('ServiceHandover', 'Governance', 17, false), item('ServiceHandover', 'Nis2', NIS2_BOARD, false), ...handover('ServiceHandover')
];
