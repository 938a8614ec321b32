/** Workbench-only page: switch fault injection at runtime and list recorded Teams activity notifications. */
import * as React from 'react';

interface IFaults { rate429?: number; rate503?: number; retryAfterSeconds?: number }

export function WorkbenchPage(): React.ReactElement {
  const [faults, setFaults] = React.useState<IFaults | undefined>();
  const [notifications, setNotifications] = React.useState<unknown[] | undefined>();
  const [error, setError] = React.useState<string | undefined>();

  const load = React.useCallback(async (): Promise<void> => {
    try {
      const [f, n] = await Promise.all([fetch('/_workbench/faults'), fetch('/_workbench/notifications')]);
      setFaults((await f.json()) as IFaults);
      setNotifications((await n.json()) as unknown[]);
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);
  React.useEffect(() => { load().catch(() => undefined); }, [load]);

  const save = async (next: IFaults): Promise<void> => {
    const r = await fetch('/_workbench/faults', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(next) });
    if (!r.ok) setError(`Saving failed: HTTP ${r.status}`);
    await load();
  };

  if (error) return <p role="alert">{error}</p>;
  if (!faults || !notifications) return <p role="status">Loading…</p>;
  return (
    <div className="wb-admin">
      <h1>Local workbench</h1>
      <section aria-labelledby="wb-faults">
        <h2 id="wb-faults">Fault injection</h2>
        <p>A share of SharePoint and Graph requests answers 429 (with Retry-After) or 503, as a throttled tenant does.</p>
        <form onSubmit={e => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          save({ rate429: Number(data.get('rate429')), rate503: Number(data.get('rate503')), retryAfterSeconds: Number(data.get('retryAfterSeconds')) }).catch(() => undefined);
        }}>
          <label>Share of 429 responses (0–1) <input name="rate429" type="number" min={0} max={1} step={0.05} defaultValue={faults.rate429 ?? 0} /></label>
          <label>Share of 503 responses (0–1) <input name="rate503" type="number" min={0} max={1} step={0.05} defaultValue={faults.rate503 ?? 0} /></label>
          <label>Retry-After (seconds) <input name="retryAfterSeconds" type="number" min={0} max={120} defaultValue={faults.retryAfterSeconds ?? 1} /></label>
          <button type="submit">Apply</button>
        </form>
      </section>
      <section aria-labelledby="wb-notes">
        <h2 id="wb-notes">Teams activity notifications ({notifications.length})</h2>
        {notifications.length === 0
          ? <p>No notifications have been sent yet.</p>
          : <pre className="wb-json">{JSON.stringify(notifications, undefined, 2)}</pre>}
      </section>
    </div>
  );
}
