import { afterEach, describe, expect, it, vi } from 'vitest';
import { chromiumAvailable } from './internal/browser.js';

const MISSING = '/nonexistent/chromium';

describe('chromiumAvailable: the browser tests never skip silently', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    [process.execPath, false, true],
    [process.execPath, true, true],
    [MISSING, false, false],
  ])('%s with CI=%s → %s', (executable, ci, expected) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(chromiumAvailable('some.test.ts', executable, ci)).toBe(expected);
    // A skip outside CI says so, naming the file and the install command.
    if (!expected) expect(warn).toHaveBeenCalledWith(expect.stringMatching(/SKIPPED some\.test\.ts: .*apt-get install -y chromium/));
    else expect(warn).not.toHaveBeenCalled();
  });

  it('fails in CI when chromium is missing', () => {
    expect(() => chromiumAvailable('some.test.ts', MISSING, true)).toThrow(/CI is set but \/nonexistent\/chromium is missing; install it with `apt-get install -y chromium`/);
  });
});
