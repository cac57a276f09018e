/**
 * The default bound of `waitFor`: a quarter of the default test timeout (setup-timeout.ts), so a
 * wait that gives up still leaves its test time to report why.
 */
export const WAIT_MS = 15_000;

/**
 * Polls until `check` returns a value other than undefined (eventual consistency in tests).
 * Keep `timeoutMs` clearly shorter than the timeout of the test that waits: a test whose work
 * needs a longer wait passes its own, larger timeout to `it`.
 */
export async function waitFor<T>(
  check: () => Promise<T | undefined>,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
