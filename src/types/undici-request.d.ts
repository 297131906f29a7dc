// undici's `request` and its global dispatcher, imported from their own files (src/api/undici.ts
// says why). They are the functions undici's index re-exports, so they take its types.
declare module "undici/lib/api/api-request.js" {
  import type { Dispatcher } from "undici";
  /** Called with `this` bound to the dispatcher, as undici's Dispatcher.prototype.request is. */
  export default function request(
    this: Dispatcher,
    options: Dispatcher.RequestOptions,
  ): Promise<Dispatcher.ResponseData>;
}

declare module "undici/lib/global.js" {
  import type { Dispatcher } from "undici";
  export function getGlobalDispatcher(): Dispatcher;
}
