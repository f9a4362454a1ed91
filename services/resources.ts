// Loads the shipped offline data (public/data/) once, lazily; a missing or broken file means "not available".
import { browser } from 'wxt/browser';
import type { AnalysisResources } from '../lib/analyze';
import { GAZETTEER_FILE, loadGazetteer } from '../lib/places';
import { KNOWLEDGE_BASE_FILE, loadKnowledgeBase } from '../lib/entities';

async function loadData<T>(file: string, parse: (raw: string) => T): Promise<T | null> {
  try {
    const url = (browser.runtime.getURL as (path: string) => string)(`/data/${file}`);
    const response = await fetch(url);
    if (!response.ok) return null;
    return parse(await response.text());
  } catch (error) {
    console.warn(`News Lens: ${file} could not be loaded`, error);
    return null;
  }
}

let cached: Promise<AnalysisResources> | null = null;

export function loadResources(): Promise<AnalysisResources> {
  cached ??= Promise.all([
    loadData(GAZETTEER_FILE, loadGazetteer),
    loadData(KNOWLEDGE_BASE_FILE, loadKnowledgeBase),
  ]).then(([gazetteer, knowledgeBase]) => ({ gazetteer, knowledgeBase, now: () => performance.now() }));
  return cached;
}
