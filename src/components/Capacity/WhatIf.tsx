import * as React from 'react';
import * as capacityStrings from 'CapacityStrings';
import { formatString } from '../../domain/text';
import type { IWhatIf } from '../../domain/capacity';
import { Button, Checkbox, SelectField, type ISelectOption } from '../controls';
import { kindLabel, shiftPhrase } from './labels';
import { shiftOf, whatIfChanges, withLeftOut, withShift, type IDemandOwner } from './view';
import styles from './Capacity.module.scss';

/** The months a start can move by: −12 … +12. */
export const SHIFT_RANGE: ReadonlyArray<number> = Array.from({ length: 25 }, (_, i) => i - 12);

/** Props of {@link WhatIf}. */
export interface IWhatIfProps {
  /** The projects and requests that own demand in the months shown. */
  owners: ReadonlyArray<IDemandOwner>;
  whatIf: IWhatIf;
  /** The key of the project or request chosen in the picker ('' none). */
  chosen: string;
  onChoose: (key: string) => void;
  /** The what-if changed (the map follows at once). */
  onChange: (whatIf: IWhatIf) => void;
  locale: string;
}

/** The picker's options: a first "choose" entry, then the projects, then the requests (each group under its heading). */
function ownerOptions(owners: ReadonlyArray<IDemandOwner>): ISelectOption[] {
  return [
    { key: '', text: capacityStrings.Capacity_WhatIf_Choose },
    ...owners.map(o => ({ key: o.key, text: o.title, group: o.kind === 'project' ? capacityStrings.Capacity_WhatIf_Projects : capacityStrings.Capacity_WhatIf_Requests }))
  ];
}

/**
 * The what-if: pick a project or request, move its start by −12 … +12 months, or leave a request out;
 * every change shows in the map and the over-allocation list at once (nothing is saved). The changes
 * are listed, each with "Undo".
 */
export function WhatIf(props: IWhatIfProps): React.ReactElement {
  const { owners, whatIf, chosen, locale } = props;
  const owner = owners.filter(o => o.key === chosen)[0];
  const titleOf = (key: string): string => {
    const o = owners.filter(x => x.key === key)[0];
    return o ? formatString(capacityStrings.Capacity_SourceName, kindLabel(o.kind), o.title) : key;
  };
  const changes = whatIfChanges(whatIf);
  const leftOut = !!owner && whatIf.leaveOut.indexOf(owner.key) >= 0;
  return (
    <div className={styles.whatIf} data-testid="capacity-whatif">
      <p className={styles.hint}>{capacityStrings.Capacity_WhatIf_Hint}</p>
      <div className={styles.toolbar}>
        <SelectField id="capacity-whatif-source" label={capacityStrings.Capacity_WhatIf_Source} options={ownerOptions(owners)} selectedKey={owner ? chosen : ''} onChange={props.onChoose} data-testid="capacity-whatif-source" />
        {owner && (
          <SelectField
            id="capacity-whatif-shift" label={capacityStrings.Capacity_WhatIf_Shift} selectedKey={String(shiftOf(whatIf, owner.key))} disabled={leftOut}
            options={SHIFT_RANGE.map(n => ({ key: String(n), text: shiftPhrase(n, locale) }))}
            onChange={k => props.onChange(withShift(whatIf, owner.key, Number(k)))} data-testid="capacity-whatif-shift"
          />
        )}
        {owner?.kind === 'request' && (
          <Checkbox id="capacity-whatif-leave-out" label={capacityStrings.Capacity_WhatIf_LeaveOut} checked={leftOut} onChange={c => props.onChange(withLeftOut(whatIf, owner.key, c))} data-testid="capacity-whatif-leave-out" />
        )}
      </div>
      {changes.length > 0 && (
        <>
          <h3 className={styles.subheading} id="capacity-whatif-changes">{capacityStrings.Capacity_WhatIf_Changes}</h3>
          <ul className={styles.changes} aria-labelledby="capacity-whatif-changes" data-testid="capacity-whatif-changes">
            {changes.map(c => (
              <li key={c.key}>
                {formatString(capacityStrings.Capacity_WhatIf_Change, titleOf(c.key), c.leftOut ? capacityStrings.Capacity_WhatIf_LeftOut : shiftPhrase(c.months, locale))}{' '}
                <Button
                  icon="dismiss" aria-label={formatString(capacityStrings.Capacity_WhatIf_UndoFor, titleOf(c.key))} data-testid="capacity-whatif-undo"
                  onClick={() => props.onChange(withLeftOut(withShift(whatIf, c.key, 0), c.key, false))}
                >
                  {capacityStrings.Capacity_WhatIf_Undo}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
