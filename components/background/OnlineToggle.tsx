// "Load summaries from Wikipedia": off by default; turning it on asks for the host permission.
interface Props {
  on: boolean;
  busy: boolean;
  onChange(on: boolean): void;
}

export function OnlineToggle({ on, busy, onChange }: Props) {
  return (
    <div class="online-toggle">
      <label>
        <input
          type="checkbox"
          checked={on}
          disabled={busy}
          onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
        />
        Load summaries from Wikipedia
      </label>
      <p class="hint">Off: nothing leaves your browser. On: entity names are sent to en.wikipedia.org.</p>
    </div>
  );
}
