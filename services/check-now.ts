// "Check now" on the Notes page: find a tab that shows the article (tabs News Lens may read: the ones the reader
// clicked the toolbar button in), read it again and check its notes, as opening it in the panel would.
import { browser } from 'wxt/browser';
import { analyzeArticle } from '../lib/analyze';
import type { CheckNowResult } from '../lib/contracts';
import { normalizeArticleUrl } from '../lib/notes';
import { checkArticle } from './notes-client';
import { extractFromTab } from './page';
import { loadResources } from './resources';

/** Tabs whose URL the extension can see are the ones it may read; the rest are not ours to look into. */
const MAX_TABS_READ = 12;

export async function checkOpenArticle(articleUrl: string): Promise<CheckNowResult> {
  const wanted = normalizeArticleUrl(articleUrl);
  const tabs = (await browser.tabs.query({})).filter((t) => t.id !== undefined && /^https?:/.test(t.url ?? ''));
  // Same URL first; otherwise the page may name the article by its canonical URL, so it is read to know.
  tabs.sort((a, b) => Number(normalizeArticleUrl(b.url!) === wanted) - Number(normalizeArticleUrl(a.url!) === wanted));
  for (const tab of tabs.slice(0, MAX_TABS_READ)) {
    const outcome = await extractFromTab(tab.id!);
    const article = outcome.ok ? outcome.result.article : null;
    if (!article || normalizeArticleUrl(article.url) !== wanted) continue;
    const checked = await checkArticle(analyzeArticle(article, await loadResources()));
    return { ok: true, checked };
  }
  return {
    ok: false,
    error: 'This article is not open in a tab News Lens can read. Open it, click the News Lens button, then Check now.',
  };
}
