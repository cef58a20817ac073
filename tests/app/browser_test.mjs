// Drives the running app in headless Chromium: ask, watch the answer stream, open a source card,
// give feedback, try an XSS payload, take a screenshot. Prints one JSON line with what it saw.
import { chromium } from 'playwright-core';

const [url, shot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const out = { dialogs: 0 };
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  page.on('dialog', async (d) => { out.dialogs += 1; await d.dismiss(); });
  // Gradio keeps a connection open, so 'networkidle' never comes: wait for the question box instead.
  await page.goto(url, { waitUntil: 'load', timeout: 60000 });
  await page.locator('#question textarea').waitFor({ state: 'visible', timeout: 60000 });

  // Count how many distinct texts the last bot message shows while the answer arrives (streaming).
  await page.evaluate(() => {
    window.__states = new Set();
    const root = document.querySelector('#chatbot');
    new MutationObserver(() => {
      const bots = root.querySelectorAll('.message.bot, [data-testid="bot"]');
      if (bots.length) window.__states.add(bots[bots.length - 1].innerText);
    }).observe(root, { subtree: true, childList: true, characterData: true });
  });

  const box = page.locator('#question textarea');
  await box.fill('Hvor lang tid har jeg til at klage over en afgørelse om udlæg i Sverige?');
  await box.press('Enter');
  const card = page.locator('#chatbot .source-card').first();
  // The first answer also warms the embedding model up; on a loaded 2-core machine that took over 120 s once.
  await card.waitFor({ state: 'visible', timeout: 300000 });
  out.streamed_states = await page.evaluate(() => window.__states.size);
  out.cards = await page.locator('#chatbot .source-card').count();
  await card.locator('summary').click();
  const quote = card.locator('.source-quote');
  await quote.waitFor({ state: 'visible', timeout: 10000 });
  out.quote = (await quote.innerText()).trim();
  out.card_summary = (await card.locator('summary').innerText()).trim();

  // Thumbs up on the answer.
  const like = page.locator('#chatbot button[aria-label="Like"], #chatbot button[title="Like"]').last();
  await like.click();
  await page.locator('#feedback-status').getByText('Tak for din feedback').waitFor({ timeout: 20000 });
  out.feedback_shown = true;

  // Hostile input shows literally and never runs.
  const payload = '<script>alert(1)</script>';
  await box.fill(payload);
  await box.press('Enter');
  await page.locator('#chatbot').getByText(payload, { exact: false }).first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(1500);
  out.literal_payload = await page.locator('#chatbot').getByText(payload, { exact: false }).count();
  out.script_tags_in_chat = await page.locator('#chatbot script').count();

  await page.locator('#chatbot .source-card').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot, fullPage: true });
  out.ok = true;
} catch (err) {
  out.error = String(err && err.stack || err);
} finally {
  await browser.close();
}
console.log(JSON.stringify(out));
