// Entities grouped by type, most salient first; linked ones open their Wikipedia article.
import type { Entity, EntityType } from '../../lib/types';
import type { PanelActions } from '../panel-contract';
import { targetForSpan } from '../panel-contract';
import { OnlineLink } from './OnlineLink';
import { SummaryCard } from './SummaryCard';
import { wikipediaUrl } from './wikipedia-lookup';

const GROUPS: { type: EntityType; label: string }[] = [
  { type: 'person', label: 'People' },
  { type: 'organization', label: 'Organisations' },
  { type: 'outlet', label: 'News outlets' },
  { type: 'country', label: 'Countries' },
  { type: 'place', label: 'Places' },
  { type: 'event', label: 'Events' },
  { type: 'work', label: 'Works and products' },
];

interface Props {
  entities: Entity[];
  text: string;
  actions: PanelActions;
  online: boolean;
}

function EntityItem({ entity, text, actions, online }: { entity: Entity } & Omit<Props, 'entities'>) {
  const url = entity.wikipedia ? wikipediaUrl(entity.wikipedia) : null;
  const others = entity.aliases.length ? ` (also ${entity.aliases.join(', ')})` : '';
  const showInArticle = () => actions.highlight(entity.mentions.map((m) => targetForSpan(text, m)));
  return (
    <li class="entity" data-entity-type={entity.type}>
      <div class="entity-row">
        {url ? (
          <a href={url} target="_blank" rel="noreferrer" onClick={(e) => (e.preventDefault(), actions.openUrl(url))}>
            {entity.name}
            <span class="visually-hidden"> (Wikipedia)</span>
          </a>
        ) : (
          <span class="entity-name">{entity.name}</span>
        )}
        <span class="entity-aliases">{others}</span>
        {entity.mentions.length > 0 && (
          <button
            type="button"
            class="entity-find"
            onClick={showInArticle}
            aria-label={`${entity.mentions.length === 1 ? '1 mention' : `${entity.mentions.length} mentions`}: show ${entity.name} in the article`}
          >
            {entity.mentions.length === 1 ? '1 mention' : `${entity.mentions.length} mentions`}
          </button>
        )}
      </div>
      {entity.description && <p class="entity-description">{entity.description}</p>}
      {online && entity.wikipedia && <SummaryCard title={entity.wikipedia} />}
      {online && !entity.wikipedia && <OnlineLink name={entity.name} openUrl={actions.openUrl} />}
      {!online && !entity.wikipedia && <SearchWikipedia name={entity.name} openUrl={actions.openUrl} />}
    </li>
  );
}

/** No known article: a marked search the reader opens in a tab (nothing is sent unless they click it). */
function SearchWikipedia({ name, openUrl }: { name: string; openUrl: PanelActions['openUrl'] }) {
  const url = `https://en.wikipedia.org/w/index.php?search=${encodeURIComponent(name)}`;
  return (
    <button
      type="button"
      class="entity-search"
      onClick={() => openUrl(url)}
      aria-label={`Search Wikipedia for ${name} (opens a tab)`}
    >
      Search Wikipedia ↗
    </button>
  );
}

export function EntityGroups(props: Props) {
  return (
    <>
      {GROUPS.map(({ type, label }) => {
        const members = props.entities.filter((e) => e.type === type).sort((a, b) => b.salience - a.salience);
        if (members.length === 0) return null;
        const id = `entities-${type}`;
        return (
          <section class="entity-group" aria-labelledby={id} key={type}>
            <h2 id={id}>{label}</h2>
            <ul>
              {members.map((entity) => (
                <EntityItem
                  key={`${entity.name}:${entity.wikipedia}`}
                  entity={entity}
                  text={props.text}
                  actions={props.actions}
                  online={props.online}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
