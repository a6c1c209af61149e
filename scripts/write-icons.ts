/**
 * `npx tsx scripts/write-icons.ts`: draws the app's icons for the web app manifest (public/) from
 * the favicon's design, with the same headless Chromium the end-to-end tests use, so no image tool
 * or download is needed. A maskable icon keeps its mark inside the central 80 % "safe zone", since
 * a phone may crop it to a circle. Run again after changing the design; the PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import { launchChromium, ROOT } from './serve-built-app';

const BLUE = '#1d3a5c';
/** The favicon's rising line, in its 32 × 32 view box. */
const LINE = '<path d="M6 22 L13 15 L18 19 L26 9" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>';

const ICONS = [
  // As the favicon: rounded square, the line at full size.
  { file: 'icon-192.png', size: 192, svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${BLUE}"/>${LINE}</svg>` },
  { file: 'icon-512.png', size: 512, svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${BLUE}"/>${LINE}</svg>` },
  // Maskable: the colour to the edges, the line shrunk to 70 % around the centre.
  { file: 'icon-maskable-512.png', size: 512, svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BLUE}"/><g transform="translate(16 16) scale(0.7) translate(-16 -15.5)">${LINE}</g></svg>` },
  { file: 'apple-touch-icon.png', size: 180, svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BLUE}"/><g transform="translate(16 16) scale(0.8) translate(-16 -15.5)">${LINE}</g></svg>` },
];

const browser = await launchChromium();
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${icon.svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `)}</body></html>`);
    writeFileSync(`${ROOT}public/${icon.file}`, await page.screenshot({ omitBackground: true, type: 'png' }));
    await page.close();
    console.log(`public/${icon.file} (${icon.size} × ${icon.size})`);
  }
} finally {
  await browser.close();
}
