// `into.push(...items)` passes every item as an argument: past ~100k items (a policy with 200k
// users) that overflows the call stack. This appends one by one, for lists whose length the
// input decides.

export function appendAll<T>(into: T[], items: Iterable<T>): void {
  for (const item of items) into.push(item);
}
