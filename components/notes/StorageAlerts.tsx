// Storage problems (a refused write, a full disk, an article copy over budget), shown until the reader dismisses them.
import { useContext, useEffect, useState } from 'preact/hooks';
import { NotebookContext, type Problem } from './notebook-port';

export function StorageAlerts() {
  const port = useContext(NotebookContext);
  const [problems, setProblems] = useState<Problem[]>([]);
  useEffect(() => port?.watchProblems(setProblems), [port]);
  if (!port || !problems.length) return null;
  return (
    <div class="storage-alerts" role="alert" data-testid="storage-alerts">
      <ul>
        {problems.map((p) => (
          <li key={p.at + p.message}>
            <time dateTime={p.at}>{new Date(p.at).toLocaleString()}</time>: {p.message}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void port.clearProblems()}>
        Dismiss
      </button>
    </div>
  );
}
