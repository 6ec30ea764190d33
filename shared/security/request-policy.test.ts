import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from './app-origin';
import { isOnOrigin, isRequestAllowed, isTrustedSender } from './request-policy';

describe('isOnOrigin', () => {
  it.each([
    ['app://tickmark/index.html', true],
    ['app://tickmark/assets/x.js?v=1#h', true],
    ['APP://TICKMARK/', true],
    ['app://tickmark.evil/', false],
    ['app://other/', false],
    ['app://user:pw@tickmark/', false],
    ['https://tickmark/', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => expect(isOnOrigin(url, APP_ORIGIN)).toBe(expected));

  it('compares the port for https origins', () => {
    expect(isOnOrigin('https://tickmark.invalid/a', 'https://tickmark.invalid')).toBe(true);
    expect(isOnOrigin('https://tickmark.invalid:8443/a', 'https://tickmark.invalid')).toBe(false);
    expect(isOnOrigin('http://tickmark.invalid/a', 'https://tickmark.invalid')).toBe(false);
  });
});

describe('isRequestAllowed', () => {
  it('allows the app origin, data: and same-origin blob: only', () => {
    expect(isRequestAllowed('app://tickmark/assets/pdf.worker.mjs', APP_ORIGIN)).toBe(true);
    expect(isRequestAllowed('data:image/png;base64,AAAA', APP_ORIGIN)).toBe(true);
    expect(isRequestAllowed('blob:app://tickmark/6c1c4c0e', APP_ORIGIN)).toBe(true);
    expect(isRequestAllowed('blob:https://evil.example/6c1c4c0e', APP_ORIGIN)).toBe(false);
  });

  it.each(['https://example.com/', 'http://127.0.0.1:5173/', 'ws://localhost/', 'file:///etc/passwd', 'devtools://devtools/bundled/x.html', 'chrome://gpu'])(
    'cancels %s',
    (url) => expect(isRequestAllowed(url, APP_ORIGIN)).toBe(false),
  );

  it('lets DevTools load its own pages only when DevTools are enabled', () => {
    expect(isRequestAllowed('devtools://devtools/bundled/x.html', APP_ORIGIN, { devTools: true })).toBe(true);
    expect(isRequestAllowed('https://chrome-devtools-frontend.appspot.com/x', APP_ORIGIN, { devTools: true })).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts only our main frame showing the app origin', () => {
    expect(isTrustedSender({ url: 'app://tickmark/index.html', isOurMainFrame: true }, APP_ORIGIN)).toBe(true);
    expect(isTrustedSender({ url: 'app://tickmark/index.html', isOurMainFrame: false }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', isOurMainFrame: true }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ url: undefined, isOurMainFrame: true }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(null, APP_ORIGIN)).toBe(false);
  });
});
