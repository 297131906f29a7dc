// @actions/core loads its OIDC client at start-up, and with it @actions/http-client and that
// package's own copy of undici: 0.8 MB, a quarter of the Action bundle, parsed on every run for
// getIDToken(), which the Action never calls. The module is replaced by one that says so if
// anything ever does call it.
export const withoutOidcClient = {
  name: "without-oidc-client",
  setup(build) {
    build.onLoad({ filter: /[\\/]@actions[\\/]core[\\/]lib[\\/]oidc-utils\.js$/ }, () => ({
      contents: `export class OidcClient {
  static async getIDToken() {
    throw new Error("OIDC tokens are not available in the cursor-policy Action (see scripts/build.mjs)");
  }
}
`,
      loader: "js",
    }));
  },
};
