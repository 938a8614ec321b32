import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Notice, Spinner, SR_ONLY } from '../controls';
import styles from './PmoHome.module.scss';
import type { IPmoHomeProps } from './IPmoHomeProps';
import { visibleTiles, type IHomeTile } from './tiles';
import { usePmoHome } from './usePmoHome';
import { formatString } from '../../domain/text';
import { ErrorMessage } from '../ErrorMessage';
import { siteAddress } from '../../services/site';

function TileIcon(props: { path: string }): React.ReactElement {
  return (
    <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={props.path} />
    </svg>
  );
}

function TileBody(props: { tile: IHomeTile; available: boolean }): React.ReactElement {
  const { tile, available } = props;
  return (
    <>
      <TileIcon path={tile.iconPath} />
      <span>
        <span className={styles.tileTitle}>{strings[tile.titleKey]}</span>
        <span className={styles.tileDesc}>{strings[tile.descriptionKey]}</span>
        {!available && <span className={styles.badge}>{strings.Home_NotSetUp}</span>}
      </span>
    </>
  );
}

/** The PMO site's welcome page: a greeting and navigation tiles to every PMO Hub area. */
export function PmoHome(props: IPmoHomeProps): React.ReactElement {
  const { state, reload } = usePmoHome(props.service);
  const title = props.title || strings.Home_DefaultTitle;
  const intro = props.intro || strings.Home_Intro;
  const site = React.useMemo(() => siteAddress(props.siteUrl), [props.siteUrl]);

  let body: React.ReactNode;
  if (state.status === 'loading') {
    body = <Spinner size="large" label={strings.LoadingLabel} />;
  } else if (state.status === 'error') {
    body = <ErrorMessage error={state.error} onRetry={reload} />;
  } else {
    const tiles = visibleTiles(state.overview, props.showUnavailable);
    body = tiles.length === 0
      ? <Notice kind="info">{strings.Home_Empty}</Notice>
      : (
        <nav aria-label={strings.Home_NavLabel}>
          <ul className={styles.tiles}>
            {tiles.map(({ tile, available }) => (
              <li key={tile.id} data-testid={`tile-${tile.id}`}>
                {available
                  ? (
                    <a className={styles.tile} href={site.pageUrl(tile.page)} {...(props.openInNewWindow ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
                      <TileBody tile={tile} available={true} />
                      {props.openInNewWindow && <span className={SR_ONLY}>{strings.Home_OpensInNewWindow}</span>}
                    </a>
                  )
                  : <div className={`${styles.tile} ${styles.unavailable}`} aria-disabled="true"><TileBody tile={tile} available={false} /></div>}
              </li>
            ))}
          </ul>
        </nav>
      );
  }

  return (
    <section className={styles.pmoHome} aria-labelledby="pmo-home-title">
      <header className={styles.header}>
        <h1 id="pmo-home-title" className={styles.title}>{title}</h1>
        {state.status === 'ready' && <p className={styles.greeting}>{formatString(strings.Home_Greeting, state.overview.userDisplayName)}</p>}
        <p className={styles.intro}>{intro}</p>
      </header>
      {body}
    </section>
  );
}
