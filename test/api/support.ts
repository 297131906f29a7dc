// Small helpers for the API tests: catch what a call throws, so a test can look at it closely.

/** The error a promise rejects with; fails the test when it resolves or rejects with a non-Error. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`expected an Error, got ${String(error)}`);
  }
  throw new Error("expected the call to fail, but it succeeded");
}

/** The error a function throws; fails the test when it returns. */
export function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`expected an Error, got ${String(error)}`);
  }
  throw new Error("expected the call to throw, but it returned");
}

/** A random source that always answers `value` (0 = no jitter). */
export function fixedRandom(value: number): () => number {
  return () => value;
}
