// Injected on demand by the panel (scripting.executeScript, files: ['/extract.js']); the IIFE's value is the result.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '../../lib/article/extract';
import type { ExtractResult } from '../../lib/contracts';

export type { ExtractResult };

export default defineUnlistedScript((): ExtractResult => {
  const article = document.contentType === 'application/pdf' ? null : extractArticle(document, location.href);
  return { article, contentType: document.contentType, words: article?.wordCount ?? 0 };
});
