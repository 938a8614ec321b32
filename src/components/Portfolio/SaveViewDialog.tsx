import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { TextField, type ITextField } from '@fluentui/react/lib/TextField';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { DefaultButton, PrimaryButton, type IButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { validateView, type IPortfolioView } from '../../domain/portfolio';
import { ViewNameTakenError, type ISavedPortfolioView, type IViewReplace, type PortfolioViewScope } from '../../services/PortfolioService';
import { describeError } from '../../services/errors';
import { formatString } from '../../domain/text';
import { viewProblemLabel } from './labels';
import { errorText } from '../ErrorMessage/errorText';
import { themed, useHostLayerProps, useHostSurfaceStyles } from '../controls/FluentHost';

export interface ISaveViewDialogProps {
  /** The view to save (its name is taken from the dialog). */
  view: IPortfolioView;
  /** The saved view the user started from, if any: it can be replaced. */
  current?: ISavedPortfolioView;
  /** Whether the user may save shared views (the PMO). */
  canShare: boolean;
  /** Saves; rejects with the server's error. */
  onSave: (name: string, scope: PortfolioViewScope, replace?: IViewReplace) => Promise<void>;
  /** Reads the portfolio's views again (after a conflict: someone saved the view meanwhile). */
  onReload: () => void;
  /** Closes the dialog. */
  onDismiss: () => void;
}

function SaveViewDialogView(props: ISaveViewDialogProps): React.ReactElement {
  const layerProps = useHostLayerProps();
  const surfaceStyles = useHostSurfaceStyles();
  const { current, canShare } = props;
  const canReplace = !!current && (current.scope === 'personal' ? current.mine : canShare);
  const [name, setName] = React.useState(current ? current.view.name : '');
  const [scope, setScope] = React.useState<PortfolioViewScope>(current && canReplace ? current.scope : 'personal');
  const [replace, setReplace] = React.useState(canReplace);
  const [problem, setProblem] = React.useState<string | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  // Set when the name is taken in the chosen scope: the user replaces that view or renames.
  const [taken, setTaken] = React.useState<ViewNameTakenError | undefined>(undefined);

  // Set when someone saved the view being replaced since it was read (412): reload, input kept.
  const [conflict, setConflict] = React.useState(false);
  // Where the focus goes when the save is refused: the question to replace, or the name to correct.
  const replaceButton = React.useRef<IButton>(null);
  const nameField = React.useRef<ITextField>(null);
  React.useEffect(() => {
    if (taken && replaceButton.current) replaceButton.current.focus();
    else if (problem && nameField.current) nameField.current.focus();
  }, [taken, problem]);

  const write = (replace: IViewReplace | undefined): void => {
    setBusy(true);
    setProblem(undefined);
    setTaken(undefined);
    setConflict(false);
    props.onSave(name, scope, replace).then(
      () => props.onDismiss(),
      (e: unknown) => {
        setBusy(false);
        if (e instanceof ViewNameTakenError) setTaken(e);
        else if (describeError(e).kind === 'conflict') { setConflict(true); setProblem(errorText(e)); }
        else setProblem(errorText(e));
      }
    );
  };
  const save = (): void => {
    const problems = validateView({ ...props.view, name });
    if (problems.length) {
      setProblem(viewProblemLabel(problems[0].code));
      return;
    }
    write(replace && current && current.scope === scope ? { id: current.id, etag: current.etag } : undefined);
  };

  return (
    <Dialog
      hidden={false}
      onDismiss={props.onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: strings.Portfolio_SaveViewTitle, closeButtonAriaLabel: strings.Portfolio_Close }}
      modalProps={{ isBlocking: false, layerProps, styles: surfaceStyles }}
    >
      <TextField
        componentRef={nameField}
        label={strings.Portfolio_ViewName}
        value={name}
        required={true}
        maxLength={255}
        // The name is filled in from the view in use: typing replaces it rather than adding to it.
        onFocus={e => e.currentTarget.select()}
      // Enter in the name saves, as in any one-field form.
      onKeyDown={e => { if (e.key === 'Enter' && !busy) { e.preventDefault(); save(); } }}
        onChange={(_e, v) => { setName(v ?? ''); setTaken(undefined); }}
        errorMessage={problem && !busy && !name.trim() ? problem : undefined}
      />
      <ChoiceGroup
        label={strings.Portfolio_ViewScope}
        selectedKey={scope}
        onChange={(_e, o) => { if (o) { setScope(o.key as PortfolioViewScope); setTaken(undefined); } }}
        options={[
          { key: 'personal', text: strings.Portfolio_ScopePersonal },
          { key: 'shared', text: strings.Portfolio_ScopeShared, disabled: !canShare }
        ]}
      />
      {!canShare && <p>{strings.Portfolio_SharedPmoOnly}</p>}
      {canReplace && current && current.scope === scope && (
        <Checkbox label={formatString(strings.Portfolio_ReplaceView, current.view.name)} checked={replace} onChange={(_e, v) => setReplace(!!v)} />
      )}
      {problem && !!name.trim() && (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline={true}
          actions={conflict ? <DefaultButton onClick={() => { props.onReload(); setConflict(false); setProblem(undefined); }}>{strings.Portfolio_ReloadViews}</DefaultButton> : undefined}
        >
          {problem}
        </MessageBar>
      )}
      {taken && (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline={true}
          actions={<DefaultButton componentRef={replaceButton} onClick={() => write({ id: taken.existingId, etag: taken.existingEtag })} disabled={busy} data-testid="replace-view">{strings.Portfolio_ReplaceButton}</DefaultButton>}
        >
          {formatString(strings.Portfolio_ViewNameTaken, taken.viewName)}
        </MessageBar>
      )}
      <DialogFooter>
        <PrimaryButton onClick={save} disabled={busy}>{strings.Portfolio_Save}</PrimaryButton>
        <DefaultButton onClick={props.onDismiss} disabled={busy}>{strings.Portfolio_Cancel}</DefaultButton>
      </DialogFooter>
    </Dialog>
  );
}

/** "Save view": a name, and for the PMO the choice between a personal and a shared view. */
export const SaveViewDialog = themed(SaveViewDialogView);
