// bottleneck/light.js is the build @octokit/plugin-throttling itself loads (no Redis clustering);
// importing the same one keeps a single copy in the bundle. It has the full build's API.
declare module "bottleneck/light.js" {
  import Bottleneck from "bottleneck";
  export default Bottleneck;
}
