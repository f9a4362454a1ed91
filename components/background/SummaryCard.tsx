// A Wikipedia summary (description, extract, thumbnail), loaded only while online lookups are on.
import { useContext, useEffect, useState } from 'preact/hooks';
import type { WikipediaSummary } from '../../lib/wikipedia/client';
import { WikipediaContext } from './wikipedia-lookup';

type Load = { kind: 'loading' } | { kind: 'done'; summary: WikipediaSummary | null } | { kind: 'failed' };

export function SummaryCard({ title }: { title: string }) {
  const lookup = useContext(WikipediaContext);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  useEffect(() => {
    if (!lookup) return;
    let live = true;
    lookup.summary(title).then(
      (summary) => live && setLoad({ kind: 'done', summary }),
      () => live && setLoad({ kind: 'failed' }),
    );
    return () => void (live = false);
  }, [lookup, title]);
  if (load.kind === 'loading')
    return (
      <p class="summary-status" role="status">
        Loading summary…
      </p>
    );
  if (load.kind === 'failed') return <p class="summary-status">Summary not available.</p>;
  const s = load.summary;
  if (!s || s.disambiguation) return null;
  return (
    <div class="summary-card">
      {s.thumbnail && (
        <img
          src={s.thumbnail.source}
          alt=""
          width={56}
          height={Math.round((56 * s.thumbnail.height) / (s.thumbnail.width || 56)) || 56}
        />
      )}
      <div>
        {s.description && <p class="summary-description">{s.description}</p>}
        <p class="summary-extract">{s.extract}</p>
      </div>
    </div>
  );
}
