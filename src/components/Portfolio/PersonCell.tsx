import * as React from 'react';
import styles from './Portfolio.module.scss';
import type { IPortfolioPerson } from '../../domain/portfolio';
import type { IPortfolioService } from '../../services/PortfolioService';

function initials(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean);
  return ((parts[0] ?? '').charAt(0) + (parts.length > 1 ? parts[parts.length - 1].charAt(0) : '')).toUpperCase();
}

/** A person with their Graph photo (initials until it arrives or when there is none). */
export function PersonCell(props: { person?: IPortfolioPerson; service: IPortfolioService }): React.ReactElement {
  const { person, service } = props;
  const [photo, setPhoto] = React.useState<string | undefined>(undefined);
  const email = person ? person.email : undefined;
  React.useEffect(() => {
    let active = true;
    setPhoto(undefined);
    if (email) service.getPhotoUrl(email).then(url => { if (active) setPhoto(url); }, () => undefined);
    return () => { active = false; };
  }, [email, service]);
  if (!person) return <></>;
  return (
    <span className={styles.person}>
      {photo
        ? <img className={styles.photo} src={photo} alt="" aria-hidden="true" />
        : <span className={styles.initials} aria-hidden="true">{initials(person.name)}</span>}
      <span>{person.name}</span>
    </span>
  );
}
