// One result shape for every operation whose failure the reader is told about: `{ ok: true, ...fields }` or
// `{ ok: false, error }`. Each use names its fields (`notes`, `count`, `problem`…), so callers read them directly.
export type Result<T extends object = object> = ({ ok: true } & T) | { ok: false; error: string };
