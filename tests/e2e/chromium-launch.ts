/** How the end-to-end tests start Debian's Chromium: playwright.config.ts, and the specs that need a microphone. */

/** The system Chromium (never a downloaded browser). */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** No sandbox in a container, no background traffic, and sound that may play before a tap. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--autoplay-policy=no-user-gesture-required',
];

/** Launch options with Chromium's fake microphone (a steady beep) and no permission prompt. */
export const withFakeMicrophone = {
  launchOptions: {
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
};
