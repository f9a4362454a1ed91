// Accessibility audit with axe-core (WCAG 2 A/AA rules) of every panel view and the Notes page, in both browsers,
// light and dark (colour contrast is among the rules): no serious or critical violation. Each violation is printed
// with its rule and the first offending elements.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BROWSERS, browserSuite } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SEED = '/pages/seed-kazakhstan/source.html';
const SECTIONS = ['overview', 'quotes', 'places', 'background', 'notes', 'text'];

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Source text that loads axe (once) and audits `root` (a selector) with the WCAG 2 A/AA rules. */
function auditSource(root: string): string {
  return `(async () => {
    if (!window.axe) { ${AXE_SOURCE}\n }
    const result = await window.axe.run(document.querySelector(${JSON.stringify(root)}) ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => String(n.target)) }));
  })()`;
}

const serious = (findings: Finding[]) => findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');

function report(where: string, findings: Finding[]) {
  for (const f of findings) console.log(`[axe] ${where}: ${f.impact} ${f.id} (${f.help}) at ${f.targets.join(' | ')}`);
}

const SCHEMES = BROWSERS.flatMap((name) => [
  [name, 'light'],
  [name, 'dark'],
]) as [(typeof BROWSERS)[number], 'light' | 'dark'][];

describe.each(SCHEMES)('%s, %s', (name, scheme) => {
  const suite = browserSuite(name, { open: SEED, launch: { dark: scheme === 'dark' } });

  it('every panel section has no serious or critical axe violation', async () => {
    const panel = await suite.session.panel();
    await panel.waitFor('[data-testid=overview]');
    // Pin a quote first, so the Notes section has a card to audit.
    await panel.showSection('quotes');
    await panel.waitFor('[data-testid=pin]');
    await panel.click('[data-testid=pin]');
    await panel.waitFor('[data-testid=pin][aria-pressed=true]');
    await panel.query((doc) => doc.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const all: Finding[] = [];
    for (const id of SECTIONS) {
      await panel.showSection(id);
      if (id === 'quotes')
        await panel.query((doc) =>
          doc.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)),
        );
      const findings = (await panel.evaluateSource(auditSource('main'))) as Finding[];
      report(`${name} ${scheme} ${id}`, findings);
      all.push(...serious(findings));
    }
    expect(all).toEqual([]);
  });

  it('the no-article state has no serious or critical axe violation', async () => {
    await suite.session.open(suite.server.url('/pages/no-article/source.html'));
    await suite.session.clickToolbar();
    const panel = await suite.session.panel();
    await panel.waitForText('[data-testid=status-no-article] h1', (t) => t === 'No article here');
    const findings = (await panel.evaluateSource(auditSource('main'))) as Finding[];
    report(`${name} ${scheme} no-article`, findings);
    expect(serious(findings)).toEqual([]);
  });

  it('the Notes page has no serious or critical axe violation', async () => {
    const notes = await suite.session.openExtensionPage('/options.html');
    await notes.waitForSelector('[data-testid=note]');
    const findings = (await notes.evaluate(auditSource('body'))) as Finding[];
    report(`${name} ${scheme} notes page`, findings);
    expect(serious(findings)).toEqual([]);
    await notes.close();
  });
});
