import {executeServerCommand} from '@web/test-runner-commands';

/** Media features the tests can emulate; `null` goes back to the browser's own value. */
export interface Media {
  reducedMotion?: 'reduce' | 'no-preference' | null;
  forcedColors?: 'active' | 'none' | null;
  colorScheme?: 'light' | 'dark' | null;
}

/**
 * Emulates user preferences in whichever engine runs the test
 * (test/runner/media-emulation.mjs): CDP in Chromium, prefs in Firefox. Returns
 * false where the engine cannot switch them at run time (WebKit).
 */
export async function emulateMedia(media: Media): Promise<boolean> {
  const result = await executeServerCommand<{supported: boolean}, Media>('dw-emulate-media', media);
  return result?.supported === true;
}

/** For a `before` hook: skips the suite where media cannot be emulated. */
export async function skipWithoutMediaEmulation(context: Mocha.Context): Promise<void> {
  if (!(await emulateMedia({}))) context.skip();
}
