// Background: who and what the story names, linked to Wikipedia offline; summaries and the
// story's event are looked up online only when the user turns that on.
import { useContext, useEffect, useState } from 'preact/hooks';
import type { SectionProps } from '../panel-contract';
import type { SearchHit } from '../../lib/wikipedia/client';
import { EntityGroups } from './EntityGroups';
import { OnlineToggle } from './OnlineToggle';
import { WikipediaContext, wikipediaUrl } from './wikipedia-lookup';
import { EnglishOnly } from '../EnglishOnly';
import './background.css';

function StoryEvent({ hit, openUrl }: { hit: SearchHit; openUrl(url: string): void }) {
  const url = wikipediaUrl(hit.title);
  return (
    <p class="story-event">
      Story event:{' '}
      <a href={url} target="_blank" rel="noreferrer" onClick={(e) => (e.preventDefault(), openUrl(url))}>
        {hit.title.replace(/_/g, ' ')}
      </a>
      {hit.description ? ` — ${hit.description}` : ''}
    </p>
  );
}

export function BackgroundSection({ analysis, actions }: SectionProps) {
  const lookup = useContext(WikipediaContext);
  const [online, setOnline] = useState(false);
  const [busy, setBusy] = useState(false);
  const [event, setEvent] = useState<SearchHit | null>(null);

  useEffect(() => {
    let live = true;
    lookup?.isEnabled().then(
      (on) => live && setOnline(on),
      () => {},
    );
    return () => void (live = false);
  }, [lookup]);

  useEffect(() => {
    if (!lookup || !online) return setEvent(null);
    let live = true;
    lookup.storyEvent(analysis.article, analysis.entities).then(
      (hit) => live && setEvent(hit),
      () => {},
    );
    return () => void (live = false);
  }, [lookup, online, analysis]);

  const toggle = (on: boolean) => {
    if (!lookup) return;
    setBusy(true);
    // enable() is called synchronously inside the click so the permission prompt may open.
    const done = on ? lookup.enable() : lookup.disable().then(() => false);
    done
      .then(
        (granted) => setOnline(granted),
        () => setOnline(false),
      )
      .finally(() => setBusy(false));
  };

  const { entities, article } = analysis;
  return (
    <div class="background-section">
      <EnglishOnly article={article} section="background" />
      {lookup && <OnlineToggle on={online} busy={busy} onChange={toggle} />}
      {event && <StoryEvent hit={event} openUrl={actions.openUrl} />}
      {entities.length === 0 ? (
        <p class="empty">No people, organisations or places found in this article.</p>
      ) : (
        <EntityGroups entities={entities} text={article.text} actions={actions} online={online && lookup !== null} />
      )}
    </div>
  );
}
