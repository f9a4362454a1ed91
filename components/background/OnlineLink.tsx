// For a name the offline knowledge base does not know: with online lookups on, ask Wikipedia
// for an exact title and, if there is one, link it and show its summary.
import { useContext, useEffect, useState } from 'preact/hooks';
import type { PanelActions } from '../panel-contract';
import { SummaryCard } from './SummaryCard';
import { WikipediaContext, wikipediaUrl } from './wikipedia-lookup';

export function OnlineLink({ name, openUrl }: { name: string; openUrl: PanelActions['openUrl'] }) {
  const lookup = useContext(WikipediaContext);
  const [title, setTitle] = useState<string | null>(null);
  useEffect(() => {
    if (!lookup) return;
    let live = true;
    lookup.resolve(name).then(
      (t) => live && setTitle(t),
      () => {},
    );
    return () => void (live = false);
  }, [lookup, name]);
  if (!title) return null;
  const url = wikipediaUrl(title);
  return (
    <div class="online-link">
      <a href={url} target="_blank" rel="noreferrer" onClick={(e) => (e.preventDefault(), openUrl(url))}>
        {title.replace(/_/g, ' ')} on Wikipedia
      </a>
      <SummaryCard title={title} />
    </div>
  );
}
