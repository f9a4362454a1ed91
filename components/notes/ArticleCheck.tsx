// Under an article's heading on the Notes page: what changed in the article since the first pin (from the stored
// copy), and "Check now" to read it again when it is open in a tab.
import { useContext, useState } from 'preact/hooks';
import { describeChanges, type CopyIndexEntry } from '../../lib/notes/article-copy';
import { NotebookContext } from './notebook-port';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function ArticleCheck({ url, entry }: { url: string; entry: CopyIndexEntry | undefined }) {
  const port = useContext(NotebookContext);
  const [status, setStatus] = useState<{ busy: boolean; text: string | null }>({ busy: false, text: null });
  if (!port) return null;
  const check = entry?.lastCheck;
  const run = async () => {
    setStatus({ busy: true, text: 'Reading the article again…' });
    const result = await port.checkNow(url);
    const text = result.ok ? `Checked ${result.checked} ${result.checked === 1 ? 'note' : 'notes'}.` : result.error;
    setStatus({ busy: false, text });
  };
  return (
    <div class="article-check" data-testid="article-check">
      {check && (
        <p class="article-changes" data-testid="article-changes">
          {describeChanges(check.changes)} <span class="check-when">(checked {when(check.at)})</span>
        </p>
      )}
      {!entry && <p class="article-changes muted">No copy of this article is kept, so only the quotes are checked.</p>}
      <button type="button" data-testid="check-now" disabled={status.busy} onClick={() => void run()}>
        Check now
      </button>
      {status.text && (
        <span class="check-now-status" role="status" data-testid="check-now-status">
          {' '}
          {status.text}
        </span>
      )}
    </div>
  );
}
