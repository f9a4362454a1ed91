// What left this device: every network request News Lens made, by feature and time. Empty while online features
// are off, which is the default: reading, analysing and notes all stay in the browser.
import { useContext, useEffect, useState } from 'preact/hooks';
import { NotebookContext, type LoggedRequest } from './notebook-port';

const SHOWN = 100;

export function RequestLog() {
  const port = useContext(NotebookContext);
  const [log, setLog] = useState<LoggedRequest[] | null>(null);
  const [online, setOnline] = useState<boolean | null>(null);
  useEffect(() => port?.watchRequestLog(setLog), [port]);
  useEffect(() => void port?.onlineFeaturesOn().then(setOnline), [port]);
  if (!port || log === null) return null;
  const byFeature = new Map<string, number>();
  for (const r of log) byFeature.set(r.feature, (byFeature.get(r.feature) ?? 0) + 1);
  return (
    <details class="request-log" data-testid="request-log">
      <summary>
        What left this device:{' '}
        <span data-testid="request-count">
          {log.length === 0 ? 'nothing' : `${log.length} ${log.length === 1 ? 'request' : 'requests'}`}
        </span>
      </summary>
      <p class="muted">
        Online features are {online ? 'on (Wikipedia lookups)' : 'off'}.{' '}
        {log.length === 0
          ? 'News Lens has made no network request: pages are read and analysed in this browser.'
          : [...byFeature].map(([f, n]) => `${f}: ${n}`).join('; ')}
      </p>
      {log.length > 0 && (
        <>
          <ol class="request-list" data-testid="request-list">
            {log
              .slice(-SHOWN)
              .reverse()
              .map((r, i) => (
                <li key={`${r.at}-${i}`}>
                  <time dateTime={r.at}>{new Date(r.at).toLocaleString()}</time> · {r.feature} · <code>{r.url}</code>
                </li>
              ))}
          </ol>
          <button type="button" onClick={() => void port.clearRequestLog()}>
            Clear the list
          </button>
        </>
      )}
    </details>
  );
}
