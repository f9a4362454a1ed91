// Which pages a browser never lets extensions script, judged from the URL alone (when the browser shows it to us).

export type PageAccess = { kind: 'ok' } | { kind: 'restricted'; reason: string } | { kind: 'pdf' };

const SCHEMES = [
  // The browsers' own pages.
  ...['chrome', 'edge', 'brave', 'opera', 'vivaldi', 'about', 'chrome-search', 'chrome-untrusted'],
  // Extension pages, tools and internal resources.
  ...['moz-extension', 'chrome-extension', 'view-source', 'devtools', 'resource'],
  // Documents made in the page or read from disk.
  ...['data', 'blob', 'javascript', 'file'],
];
const BROWSER_SCHEMES = new RegExp(`^(${SCHEMES.join('|')}):`, 'i');
const STORES = [
  { host: 'chromewebstore.google.com', path: '' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org', path: '' },
  { host: 'accounts-static.cdn.mozilla.net', path: '' },
];

/** Classifies a tab URL. `undefined` (the browser hides it) is "ok": the injection attempt will tell. */
export function pageAccess(url: string | undefined): PageAccess {
  if (!url) return { kind: 'ok' };
  if (/^file:/i.test(url)) {
    return {
      kind: 'restricted',
      reason:
        'Local files can only be read if you allow file access for News Lens in the browser’s extension settings.',
    };
  }
  if (BROWSER_SCHEMES.test(url)) {
    return {
      kind: 'restricted',
      reason: 'This is one of the browser’s own pages. Browsers do not let extensions read them.',
    };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'ok' };
  }
  if (STORES.some((s) => parsed.hostname === s.host && parsed.pathname.startsWith(s.path))) {
    return {
      kind: 'restricted',
      reason: 'This is an extension store page. Browsers do not let extensions read the stores.',
    };
  }
  if (/\.pdf$/i.test(parsed.pathname)) return { kind: 'pdf' };
  return { kind: 'ok' };
}
