// What a person reads on the page: visible text plus the labels screen readers announce. Content marked
// translate="no" (addresses, hashes, model and program names, log lines, commands) is data, not UI text.
import type { Page } from 'playwright-core';

/** Proper names (key names, libraries, vendors, tools, OSes, file formats) that stay Latin in every language. */
const properNames = new Set([
  'Silkworm',
  'TON',
  'Connect',
  'Cocoon',
  'UTC',
  'GPU',
  'CPU',
  'API',
  'Enter',
  'node',
  'llama',
  'cpp',
  'GGUF',
  'NVIDIA',
  'nvidia',
  'smi',
  'Linux',
  'Windows',
  'macOS',
  'TEE',
  'TDX',
  'Intel',
  'DCAP',
  'TLS',
]);

export async function latinWords(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const exempt = (el: Element | null): boolean => el?.closest('[translate="no"], script, style') != null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || exempt(el) || !el.checkVisibility()) continue;
      if (el.closest('option') && !el.closest('option')?.selected) continue;
      out.push(n.textContent ?? '');
    }
    for (const el of Array.from(document.querySelectorAll('[aria-label], [placeholder], img[alt]'))) {
      if (exempt(el) || !el.checkVisibility()) continue;
      for (const attr of ['aria-label', 'placeholder', 'alt']) out.push(el.getAttribute(attr) ?? '');
    }
    return out;
  });
  const words: string[] = [];
  for (const token of texts.join(' ').split(/\s+/)) {
    // Host names, file names, numbers with units and URLs are data, not words.
    if (/[.:/\d@_]/.test(token)) continue;
    for (const word of token.match(/[A-Za-z]{2,}/g) ?? []) if (!properNames.has(word)) words.push(word);
  }
  return [...new Set(words)];
}

/** Controls a screen reader could not name: no label, no text, no aria-label (img: no alt). */
export async function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const selector =
      'button, input, select, textarea, img, a[href], [role="switch"], [role="gridcell"], [role="radio"]';
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (!el.checkVisibility() || (el instanceof HTMLInputElement && el.type === 'hidden')) continue;
      const labelled =
        'labels' in el &&
        (el as HTMLInputElement).labels !== null &&
        ((el as HTMLInputElement).labels?.length ?? 0) > 0;
      const named = Boolean(
        el.getAttribute('aria-label')?.trim() ||
        el.getAttribute('aria-labelledby') ||
        (el instanceof HTMLImageElement ? el.alt.trim() : el.textContent?.trim()),
      );
      if (!labelled && !named) out.push(el.outerHTML.slice(0, 120));
    }
    return out;
  });
}
