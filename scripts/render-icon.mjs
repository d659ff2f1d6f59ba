// Renders images/icon.svg to images/icon.png (128×128, transparent corners), the icon the
// Marketplace and the Extensions view show; they do not accept SVG icons. Uses Debian's
// chromium through playwright-core: `node scripts/render-icon.mjs`.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const svg = readFileSync(join(root, 'images/icon.svg'), 'utf8');
const profile = mkdtempSync(join(tmpdir(), 'agreement-lens-icon-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 128, height: 128 },
  env: { ...process.env, HOME: profile },
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: join(root, 'images/icon.png'), omitBackground: true });
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
