import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { DefaultButton } from '@fluentui/react/lib/Button';
import styles from './Portfolio.module.scss';
import { DEFAULT_COLUMNS, PORTFOLIO_COLUMNS, REQUIRED_COLUMNS, type PortfolioColumnKey } from '../../domain/portfolio';
import { columnLabel } from './labels';
import { themed, useHostLayerProps, useHostSurfaceStyles } from '../controls/FluentHost';

export interface IColumnChooserProps {
  /** Whether the panel is open. */
  isOpen: boolean;
  /** The columns shown, in order. */
  columns: ReadonlyArray<PortfolioColumnKey>;
  /** Called with the new columns on every change (never empty: the last column cannot be removed). */
  onChange: (columns: PortfolioColumnKey[]) => void;
  /** Closes the panel. */
  onDismiss: () => void;
}

function ColumnChooserView(props: IColumnChooserProps): React.ReactElement {
  const layerProps = useHostLayerProps();
  const surfaceStyles = useHostSurfaceStyles();
  const { columns, onChange } = props;
  return (
    <Panel
      layerProps={layerProps}
      styles={surfaceStyles}
      isOpen={props.isOpen}
      type={PanelType.smallFixedFar}
      headerText={strings.Portfolio_ColumnsTitle}
      closeButtonAriaLabel={strings.Portfolio_Close}
      onDismiss={props.onDismiss}
      isLightDismiss={true}
    >
      <div className={styles.panelFooter}>
        <DefaultButton onClick={() => onChange(DEFAULT_COLUMNS.slice())}>{strings.Portfolio_ResetColumns}</DefaultButton>
      </div>
      <div role="group" aria-label={strings.Portfolio_ColumnsTitle} className={styles.columnList}>
        {PORTFOLIO_COLUMNS.map(c => {
          const checked = columns.indexOf(c) >= 0;
          return (
            <Checkbox
              key={c}
              label={columnLabel(c)}
              checked={checked}
              disabled={REQUIRED_COLUMNS.indexOf(c) >= 0 || (checked && columns.length === 1)}
              onChange={(_e, on) => onChange(on ? [...columns, c] : columns.filter(x => x !== c))}
            />
          );
        })}
      </div>
    </Panel>
  );
}

/** The column chooser: a checkbox per column; new columns are added at the end. */
export const ColumnChooser = themed(ColumnChooserView);
