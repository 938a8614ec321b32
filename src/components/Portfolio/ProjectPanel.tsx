import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import styles from './Portfolio.module.scss';
import type { IPortfolioService, IProjectDetail } from '../../services/PortfolioService';
import { useProjectPanel, type IProjectEditForm, type IProjectPanelActions } from './useProjectPanel';
import { KeyData, LatestStatus, Milestones, ProjectEditForm } from './ProjectPanelSections';
import { themed, useHostLayerProps, useHostSurfaceStyles } from '../controls/FluentHost';

export interface IProjectPanelProps {
  /** The project to show. */
  projectId: number;
  service: IPortfolioService;
  locale: string;
  /** Whether the user may edit projects (by list permission). */
  canEdit: boolean;
  /** Called after a save, so that the grid reloads. */
  onSaved: () => void;
  onDismiss: () => void;
}

/** The panel's content once the project is read: latest status, milestones, key data (or the edit form) and the item link. */
function ProjectDetail(props: { detail: IProjectDetail; form: IProjectEditForm; actions: IProjectPanelActions } & Pick<IProjectPanelProps, 'service' | 'locale' | 'canEdit'>): React.ReactElement {
  const { detail, form, actions, service, locale } = props;
  const { row } = detail;
  return (
    <div className={styles.panelBody}>
      {form.saved && <MessageBar messageBarType={MessageBarType.success}>{strings.Portfolio_Panel_Saved}</MessageBar>}
      <LatestStatus report={detail.latestReport} locale={locale} />
      <Milestones milestones={detail.milestones} locale={locale} />
      <section aria-labelledby="pf-panel-key">
        <h3 id="pf-panel-key" className={styles.panelHeading}>{strings.Portfolio_Panel_KeyData}</h3>
        {form.editing ? <ProjectEditForm form={form} actions={actions} /> : (
          <>
            <KeyData row={row} service={service} locale={locale} />
            {(props.canEdit || props.detail.canEdit) && <DefaultButton iconProps={{ iconName: 'Edit' }} onClick={actions.edit}>{strings.Portfolio_Panel_Edit}</DefaultButton>}
          </>
        )}
      </section>
      <p><Link href={detail.itemUrl} target="_blank" rel="noopener noreferrer">{strings.Portfolio_Panel_OpenItem}</Link></p>
    </div>
  );
}

function ProjectPanelView(props: IProjectPanelProps): React.ReactElement {
  const layerProps = useHostLayerProps();
  const surfaceStyles = useHostSurfaceStyles();
  const [state, form, actions] = useProjectPanel(props.service, props.projectId, props.locale, props.onSaved);
  let body: React.ReactNode;
  if (state.status === 'loading') body = <Spinner size={SpinnerSize.medium} label={strings.LoadingLabel} ariaLive="polite" />;
  else if (state.status === 'error') {
    body = <MessageBar messageBarType={MessageBarType.error} isMultiline={true} actions={<DefaultButton onClick={actions.retry}>{strings.RetryButton}</DefaultButton>}>{state.message}</MessageBar>;
  } else {
    body = <ProjectDetail detail={state.detail} form={form} actions={actions} service={props.service} locale={props.locale} canEdit={props.canEdit} />;
  }
  const title = state.status === 'ready' ? state.detail.row.title : '';
  return (
    <Panel
      layerProps={layerProps}
      styles={surfaceStyles}
      isOpen={true}
      type={PanelType.medium}
      headerText={title || strings.LoadingLabel}
      closeButtonAriaLabel={strings.Portfolio_Panel_CloseLabel}
      onDismiss={props.onDismiss}
      isLightDismiss={true}
    >
      {body}
    </Panel>
  );
}

/** The project detail panel: key data, latest status, milestones, and a small edit form. */
export const ProjectPanel = themed(ProjectPanelView);
