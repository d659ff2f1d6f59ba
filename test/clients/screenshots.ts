// One pass through the real editor UI, as a user meets the extension: open the sample briefing
// note, see the squiggle, hover it, open the quick-fix menu, open the Problems panel; each
// step is saved as a PNG. The code-server test runs it against the installed .vsix and writes
// to .test-output/screenshots/; `npm run screenshots` refreshes the README's pictures in docs/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { installVsix, launchChromium, missingTools, ROOT, startCodeServer, type CodeServer } from './code-server';

export const EXAMPLES = join(ROOT, 'examples');
/** Tall enough for a hover card with its timeline and sources above a claim low on screen. */
export const VIEWPORT = { width: 1280, height: 1000 };

/** User settings for a quiet, readable window: no minimap, start page or tips in the way. */
export const SCREENSHOT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'editor.minimap.enabled': false,
  'editor.fontSize': 14,
  'editor.hover.delay': 200,
  'extensions.ignoreRecommendations': true,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
};

export interface UiPass {
  /** Text of the hover card on the first stale claim. */
  hover: string;
  /** Titles in the quick-fix menu. */
  quickFixes: string[];
  /** Rows of the Problems panel (files and findings). */
  problems: string[];
  files: { squiggle: string; hover: string; quickFix: string; problems: string };
}

/** Drives a workbench page at `url` (code-server with Agreement Lens installed) and saves PNGs in `outDir`. */
export async function uiPass(page: Page, url: string, outDir: string): Promise<UiPass> {
  mkdirSync(outDir, { recursive: true });
  const files = {
    squiggle: join(outDir, 'squiggle.png'), hover: join(outDir, 'hover.png'),
    quickFix: join(outDir, 'quick-fix.png'), problems: join(outDir, 'problems.png'),
  };
  await page.goto(`${url}?folder=${encodeURIComponent(EXAMPLES)}`);
  await page.locator('.monaco-workbench').waitFor();
  await page.locator('.explorer-folders-view .monaco-list-row[aria-label="briefing.md"]').click();
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.locator('.view-lines').waitFor();
  // The first squiggle appears a few seconds after the editor (built-in extensions start too).
  await editor.locator('.squiggly-warning').first().waitFor({ state: 'attached', timeout: 30000 });
  // The summary code lens on the first line comes with the next request after the diagnostics.
  await editor.locator('.codelens-decoration').first().waitFor({ timeout: 10000 }).catch(() => undefined);
  await dismissNotifications(page);
  const squiggle = await topmost(editor.locator('.squiggly-warning'));
  const box = (await squiggle.boundingBox())!;
  const editorBox = (await editor.boundingBox())!;
  const around = (top: number, bottom: number) => ({ x: editorBox.x, y: Math.max(0, top), width: editorBox.width, height: bottom - Math.max(0, top) });

  // The squiggle: the whole window, with the code lens and the status-bar count.
  await page.screenshot({ path: files.squiggle });

  // The hover: term, value and date, the timeline it replaced, sources as links. The card opens
  // above the claim and is as tall as the room there: take the lowest squiggle on screen.
  const low = await lowest(editor.locator('.squiggly-warning'), editorBox.y + editorBox.height - 40);
  const lowBox = (await low.boundingBox())!;
  await page.mouse.move(lowBox.x + lowBox.width / 2, lowBox.y + lowBox.height / 2);
  const card = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
  await card.waitFor({ state: 'visible' });
  // Hovers render in stages (markers first, then the provider's Markdown): wait for the sources.
  await page.locator('.monaco-hover:not(.hidden) .monaco-hover-content', { hasText: 'Sources' }).first().waitFor();
  const hover = (await card.innerText()).trim();
  // The card starts at most 250 px tall, with a scroll bar: drag its top edge up, as a reader
  // would, so the timeline and the sources are in the picture.
  const edge = page.locator('.monaco-resizable-hover .monaco-sash.orthogonal-edge-north:not(.disabled)');
  if (await edge.count()) {
    const e = (await edge.first().boundingBox())!;
    await page.mouse.move(e.x + e.width / 2, e.y + e.height / 2);
    await page.mouse.down();
    await page.mouse.move(e.x + e.width / 2, editorBox.y + 8, { steps: 10 });
    await page.mouse.up();
  }
  const cardBox = (await card.boundingBox())!;
  await page.screenshot({ path: files.hover, clip: around(Math.min(cardBox.y, lowBox.y) - 40, Math.max(cardBox.y + cardBox.height, lowBox.y + lowBox.height) + 40) });
  // Resizing focused the card: click the text below it to close it.
  await page.keyboard.press('Escape');
  await page.mouse.click(editorBox.x + editorBox.width - 60, editorBox.y + editorBox.height - 20);
  await card.waitFor({ state: 'hidden' });

  // The quick-fix menu at the squiggle (a click puts the cursor there, Control+. opens it).
  await placeCursor(page, box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.press('Control+.');
  const rows = page.locator('.action-widget .monaco-list-row');
  await rows.first().waitFor({ state: 'visible' });
  const quickFixes = (await rows.allInnerTexts()).map((t) => t.trim()).filter(Boolean);
  const menu = (await page.locator('.action-widget').first().boundingBox())!;
  await page.screenshot({ path: files.quickFix, clip: around(Math.min(menu.y, box.y) - 60, Math.max(menu.y + menu.height, box.y) + 60) });
  await page.keyboard.press('Escape');

  // The Problems panel with every finding of the file.
  await page.keyboard.press('Control+Shift+M');
  const problemRows = page.locator('.markers-panel .monaco-list-row');
  await problemRows.nth(1).waitFor({ state: 'visible' });
  const problems = (await problemRows.allInnerTexts()).map((t) => t.trim());
  await page.screenshot({ path: files.problems });
  return { hover, quickFixes, problems, files };
}

/**
 * Clicks at (x, y) until the editor's cursor is there: the first click after the hover was
 * resized can go to the closing hover instead of the text.
 */
async function placeCursor(page: Page, x: number, y: number): Promise<void> {
  const cursor = page.locator('.editor-instance .monaco-editor .cursors-layer .cursor').first();
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.mouse.click(x, y);
    const at = await cursor.boundingBox();
    if (at && Math.abs(at.y + at.height / 2 - y) < at.height) return;
    await page.waitForTimeout(200);
  }
  throw new Error(`the cursor did not move to ${x}, ${y}`);
}

/** The squiggle nearest the top of the editor (decorations are not in line order in the DOM). */
async function topmost(squiggles: Locator): Promise<Locator> {
  const boxes = await Promise.all((await squiggles.all()).map(async (s) => ({ s, box: await s.boundingBox() })));
  const visible = boxes.filter((b) => b.box && b.box.width > 0).sort((a, b) => a.box!.y - b.box!.y || a.box!.x - b.box!.x);
  if (!visible.length) throw new Error('no visible squiggle');
  return visible[0].s;
}

/** The squiggle nearest the bottom of the editor, above `limit`. */
async function lowest(squiggles: Locator, limit: number): Promise<Locator> {
  const boxes = await Promise.all((await squiggles.all()).map(async (s) => ({ s, box: await s.boundingBox() })));
  const visible = boxes.filter((b) => b.box && b.box.width > 0 && b.box.y + b.box.height < limit).sort((a, b) => b.box!.y - a.box!.y || a.box!.x - b.box!.x);
  if (!visible.length) throw new Error('no visible squiggle');
  return visible[0].s;
}

/** Offline, the workbench may toast about the extension gallery: clear toasts from the pictures. */
async function dismissNotifications(page: Page): Promise<void> {
  await page.keyboard.press('F1');
  await page.keyboard.type('Notifications: Clear All Notifications');
  await page.keyboard.press('Enter');
}

/** `npm run screenshots`: package the extension, install it in code-server, refresh docs/*.png. */
async function main(): Promise<void> {
  const missing = missingTools();
  if (missing) throw new Error(missing);
  const { packagedVsix } = await import('../ship/vsix');
  const vsix = await packagedVsix();
  const dir = mkdtempSync(join(tmpdir(), 'agreement-lens-screenshots-'));
  let server: CodeServer | undefined;
  try {
    await installVsix(dir, vsix, join(dir, 'extensions'));
    server = await startCodeServer(dir, join(dir, 'extensions'), SCREENSHOT_SETTINGS);
    const browser = await launchChromium(dir, VIEWPORT);
    try {
      const page = browser.pages()[0] ?? (await browser.newPage());
      const pass = await uiPass(page, server.url, join(ROOT, 'docs'));
      for (const file of Object.values(pass.files)) console.log(file);
    } finally {
      await browser.close();
    }
  } finally {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
