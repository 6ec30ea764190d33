import { CONTENT_SECURITY_POLICY } from '../shared/security/csp';
import { isOnOrigin } from '../shared/security/request-policy';
import { expect, test } from './fixtures';
import { invokeFromPage } from './support/page-api';

// Tickmark is offline: through a whole session the page asks for nothing but its own files.

test('a whole session makes no request off the app origin', async ({ app }) => {
  const { page } = app;
  // A request the CSP stops never reaches the network, but it is still the page trying to leave.
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  // Record the load too where the shell starts recording late (Electron): load the app again.
  const response = await page.reload({ waitUntil: 'load' });
  await page.waitForLoadState('networkidle');

  await page.mouse.move(200, 200);
  await page.mouse.wheel(0, 400);
  for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'ArrowDown', 'End', 'Home', 'Escape']) await page.keyboard.press(key);
  await page.keyboard.type('scope 1');
  expect(await invokeFromPage(page, 'app:info', {})).toMatchObject({ value: { shell: app.shell } });
  await page.waitForTimeout(1_500); // lazy chunks, timers, pdf.js's worker

  expect(response?.status()).toBe(200);
  expect(app.requests.length).toBeGreaterThan(0);
  expect(app.requests.filter((url) => !isOnOrigin(url, app.origin))).toEqual([]);
  expect(cspViolations).toEqual([]);
});

test('the document is served with the content security policy', async ({ app }) => {
  const response = await app.page.reload();
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');

  // And it is enforced: an injected inline script does not run.
  const ranInline = await app.page.evaluate(async () => {
    const violation = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }));
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return { ran: (window as { __inlineRan?: boolean }).__inlineRan === true, directive: await violation };
  });
  expect(ranInline).toEqual({ ran: false, directive: expect.stringMatching(/^script-src/) });
});

test('the page has no Node: no require, process, Buffer or module', async ({ app }) => {
  const globals = await app.page.evaluate(() => {
    const page = window as unknown as Record<string, unknown>;
    return ['require', 'process', 'Buffer', 'module', 'global', '__dirname'].filter((name) => name in page);
  });
  expect(globals).toEqual([]);
});

test('leaving the app origin is refused', async ({ app }) => {
  const fetched = await app.page.evaluate(async () => {
    try {
      await fetch('http://127.0.0.1:9/');
      return 'fetched';
    } catch {
      return 'refused';
    }
  });
  expect(fetched).toBe('refused');
  await expect(app.page.goto('https://example.com/')).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT|ERR_ABORTED/);
});
