// What the dashboard window may do beyond showing its own page: no popups, no navigation away, no
// webviews; links out only to an allow-list, opened in the system browser. Plain functions over the parts
// of webContents they use, so the policy is tested under plain Node.

// Links the dashboard may open outside the app: wallet apps (TON Connect), the embedded devnet wallet's
// approval page on this machine, and block explorers. Everything else is refused.
const EXTERNAL_ALLOW = [
  /^tc:\/\//,
  /^https:\/\/app\.tonkeeper\.com\//,
  /^https:\/\/t\.me\//,
  /^https:\/\/connect\.mytonwallet\.org\//,
  /^https:\/\/tonhub\.com\//,
  /^http:\/\/127\.0\.0\.1:\d+\/wallet\/connect(\?|$)/,
  /^https:\/\/tonviewer\.com\//,
  /^https:\/\/tonscan\.org\//,
];

export function isAllowedExternal(url: string): boolean {
  return EXTERNAL_ALLOW.some((re) => re.test(url));
}

export interface Preventable {
  preventDefault(): void;
}

/** The parts of webContents the policy hooks. */
export interface PolicyContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
}

export interface WindowPolicyOptions {
  isOwnUrl(url: string): boolean;
  /** Opens a URL in the system browser or wallet app (Electron's shell.openExternal). */
  openExternal(url: string): Promise<void>;
  /** Told when opening an allowed link fails (the OS has no handler for it, say). */
  onOpenFailed(url: string, err: unknown): void;
}

export function applyWindowPolicy(contents: PolicyContents, o: WindowPolicyOptions): void {
  // window.open and target=_blank never make an Electron window: allowed links go to the OS instead.
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) {
      o.openExternal(url).catch((err: unknown) => {
        o.onOpenFailed(url, err);
      });
    }
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!o.isOwnUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}
