/** Returns the path of a usable Chromium, or undefined. CHROME_PATH wins when set. */
export function findBrowser(): string | undefined;
/** Finds the browser or installs Debian's chromium; exits with instructions when neither works. */
export function ensureBrowser(): string;
