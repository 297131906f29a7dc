// undici's `request`, without the rest of undici. The package's index loads everything it has
// (fetch, WebSocket, caches, mocks, proxies, a SQLite cache): a megabyte of bundle that every
// command parsed before its first request, a sixth of a short command's time. The client needs
// one function and a dispatcher, so it imports the two files that hold them; the behaviour is
// undici's own `request(url, options)`, which turns the URL into origin and path the same way.
// package-lock.json pins undici, and the tests run every call through this path.
import type { Dispatcher } from "undici";
import requestOn from "undici/lib/api/api-request.js";
import { getGlobalDispatcher } from "undici/lib/global.js";

type RequestOptions = Omit<Dispatcher.RequestOptions, "origin" | "path"> & {
  /** undici's global dispatcher when absent, as with undici's `request`. */
  readonly dispatcher?: Dispatcher | undefined;
};

export function request(url: string, options: RequestOptions): Promise<Dispatcher.ResponseData> {
  const { dispatcher = getGlobalDispatcher(), ...rest } = options;
  const parsed = new URL(url);
  return requestOn.call(dispatcher, {
    ...rest,
    origin: parsed.origin,
    path: `${parsed.pathname}${parsed.search}`,
  });
}
