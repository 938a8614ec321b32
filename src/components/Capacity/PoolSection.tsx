import * as React from 'react';
import * as capacityStrings from 'CapacityStrings';
import type { ICapacityData, ICapacityService } from '../../services/CapacityService';
import { Button } from '../controls';
import { lazySurface } from '../Portfolio/lazySurface';
import type { IPoolEditorProps } from './pool/PoolEditor';
import styles from './Capacity.module.scss';

// The PMO's maintenance loads with its own chunk ('capacity-pool'), started as soon as the PMO sees the page; others never load it.
const PoolEditor = lazySurface<IPoolEditorProps>(() => import(/* webpackChunkName: 'capacity-pool' */ './pool/PoolEditor').then(m => m.PoolEditor));

/** Props of {@link PoolSection}. */
export interface IPoolSectionProps {
  data: ICapacityData;
  capacity: ICapacityService;
  locale: string;
  /** Reads the page's data again after a change. */
  reload: () => Promise<void>;
}

/**
 * The PMO's part of the page: "Maintain the resource pool" opens the maintenance of the roles' set
 * capacity, the people, the absences and the settings (from its own chunk). Shown only to those who
 * may edit the pool (ICapacityData.canEditPool); SharePoint refuses anyone else's writes anyway.
 */
export function PoolSection(props: IPoolSectionProps): React.ReactElement {
  const [open, setOpen] = React.useState(false);
  React.useEffect(() => { void PoolEditor.preload().catch(() => undefined); }, []);
  return (
    <section className={styles.section} aria-labelledby="capacity-pool-heading" data-testid="capacity-pool">
      <h2 id="capacity-pool-heading" className={styles.heading}>{capacityStrings.Capacity_Pool_Heading}</h2>
      <p className={styles.hint}>{capacityStrings.Capacity_Pool_Hint}</p>
      {open
        ? <PoolEditor.Component data={props.data} capacity={props.capacity} locale={props.locale} reload={props.reload} onClose={() => setOpen(false)} />
        : <Button icon="edit" onClick={() => setOpen(true)} data-testid="capacity-pool-open">{capacityStrings.Capacity_Pool_Open}</Button>}
    </section>
  );
}
