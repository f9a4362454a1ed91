// pageAccess: which tab URLs the browser never lets an extension script, judged from the URL alone.
import { describe, expect, it } from 'vitest';
import { pageAccess } from './page-access';

describe('pageAccess', () => {
  it('an ordinary http(s) page, or one whose URL the browser hides, is ok (the injection will tell)', () => {
    expect(pageAccess('https://news.example/2026/story')).toEqual({ kind: 'ok' });
    expect(pageAccess('http://127.0.0.1:8080/a.html?x=1#y')).toEqual({ kind: 'ok' });
    expect(pageAccess(undefined)).toEqual({ kind: 'ok' });
    expect(pageAccess('')).toEqual({ kind: 'ok' });
  });

  it.each([
    'chrome://extensions',
    'about:blank',
    'ABOUT:config',
    'edge://settings',
    'moz-extension://abc/page.html',
    'chrome-extension://abc/sidepanel.html',
    'view-source:https://news.example/',
    'data:text/html,hi',
    'javascript:void(0)',
    'devtools://devtools/bundled/inspector.html',
    'blob:https://news.example/1234',
    'brave://settings',
    'opera://settings',
    'vivaldi://settings',
    'chrome-search://local-ntp/local-ntp.html',
    'chrome-untrusted://new-tab-page/',
    'resource://gre/modules/',
  ])('%s is one of the browser’s own pages', (url) => {
    const access = pageAccess(url);
    expect(access.kind).toBe('restricted');
    expect(access).toHaveProperty(
      'reason',
      'This is one of the browser’s own pages. Browsers do not let extensions read them.',
    );
  });

  it('a local file gets its own reason: it can be allowed in the extension settings', () => {
    const access = pageAccess('file:///home/me/article.html');
    expect(access).toEqual({
      kind: 'restricted',
      reason: expect.stringMatching(/^Local files can only be read if you allow file access/),
    });
  });

  it('the extension stores are closed, on their exact hosts and paths only', () => {
    const store = {
      kind: 'restricted',
      reason: 'This is an extension store page. Browsers do not let extensions read the stores.',
    };
    expect(pageAccess('https://chromewebstore.google.com/detail/x')).toEqual(store);
    expect(pageAccess('https://chrome.google.com/webstore/category/extensions')).toEqual(store);
    expect(pageAccess('https://microsoftedge.microsoft.com/addons/detail/x')).toEqual(store);
    expect(pageAccess('https://addons.mozilla.org/en-US/firefox/')).toEqual(store);
    expect(pageAccess('https://accounts-static.cdn.mozilla.net/x.js')).toEqual(store);
    // Same hosts, other paths; look-alike hosts: ordinary pages.
    expect(pageAccess('https://chrome.google.com/intl/en/chrome/')).toEqual({ kind: 'ok' });
    expect(pageAccess('https://microsoftedge.microsoft.com/news')).toEqual({ kind: 'ok' });
    expect(pageAccess('https://evil-addons.mozilla.org.example/')).toEqual({ kind: 'ok' });
    expect(pageAccess('https://news.example/chromewebstore.google.com')).toEqual({ kind: 'ok' });
  });

  it('a URL whose path ends in .pdf is a PDF (any case); .pdf elsewhere in the URL is not', () => {
    expect(pageAccess('https://news.example/report.pdf')).toEqual({ kind: 'pdf' });
    expect(pageAccess('https://news.example/REPORT.PDF?download=1')).toEqual({ kind: 'pdf' });
    expect(pageAccess('https://news.example/report.pdf.html')).toEqual({ kind: 'ok' });
    expect(pageAccess('https://news.example/page?file=report.pdf')).toEqual({ kind: 'ok' });
  });

  it('"file:" or a browser scheme elsewhere in a web address does not make it local or restricted', () => {
    expect(pageAccess('https://news.example/open?next=file:///etc/hosts')).toEqual({ kind: 'ok' });
    expect(pageAccess('https://news.example/chrome://settings')).toEqual({ kind: 'ok' });
  });

  it('a string that is no URL at all is left to the injection', () => {
    expect(pageAccess('not a url')).toEqual({ kind: 'ok' });
  });
});
