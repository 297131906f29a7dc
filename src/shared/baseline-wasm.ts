// undici parses HTTP with WebAssembly. Node 20 compiles that module twice: once quickly, and
// again with V8's optimising compiler on a background thread, which the process then waits for
// before it can exit. For a command that makes a few requests that second compile was about
// 200 ms of its wall time and 100 ms of CPU, spent on code it never ran
// (docs/benchmarks.md, cold start). The quick compile parses a few thousand answers as well.
// Must run before the first request, when the parser is compiled; entry points call it first.
import { setFlagsFromString } from "node:v8";

export function useBaselineWasm(): void {
  setFlagsFromString("--liftoff-only");
}
