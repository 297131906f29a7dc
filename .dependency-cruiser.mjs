// The layers of src/ (docs/architecture.md), checked by `npm run lint`: each folder names the
// folders it may import; any other import of ours fails the check. Type-only imports count: a
// type is a dependency too.
//
// The table is a ladder: a folder only names folders above it in the list, so folders cannot
// import each other in a circle. The check below refuses a table that breaks that, so the
// ladder cannot be loosened by accident.

/** Folder → the folders of src/ it may import (besides itself), lowest layers first. */
const LAYERS = {
  shared: [],
  model: [],
  policy: ["model", "shared"],
  plan: ["model", "shared"],
  api: ["model", "shared"],
  apply: ["api", "model", "plan", "shared"],
  render: ["model", "plan", "policy", "shared"],
  core: ["api", "apply", "model", "plan", "policy", "shared"],
  emulator: ["api", "model", "shared"],
  cli: ["api", "apply", "core", "emulator", "model", "plan", "policy", "render", "shared"],
  action: ["api", "apply", "core", "model", "plan", "policy", "render", "shared"],
};

const order = Object.keys(LAYERS);
for (const [folder, allowed] of Object.entries(LAYERS)) {
  for (const below of allowed) {
    if (!(below in LAYERS) || order.indexOf(below) >= order.indexOf(folder)) {
      throw new Error(
        `.dependency-cruiser.mjs: ${folder} may only import folders listed before it, not "${below}"`,
      );
    }
  }
}

const layerRules = Object.entries(LAYERS).map(([folder, allowed]) => ({
  name: `layers-${folder}`,
  comment: `src/${folder} may import only ${allowed.length === 0 ? "nothing of ours" : allowed.map((f) => `src/${f}`).join(", ")} (docs/architecture.md)`,
  severity: "error",
  from: { path: `^src/${folder}/` },
  to: { path: "^src/", pathNot: `^src/(${[folder, ...allowed].join("|")})/` },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    ...layerRules,
    {
      name: "no-unknown-folder",
      comment:
        "every folder of src/ has a place in the layers of .dependency-cruiser.mjs and docs/architecture.md",
      severity: "error",
      // Type declarations for packages (`declare module`) are no layer.
      from: { path: "^src/", pathNot: [`^src/(${order.join("|")})/`, "\\.d\\.ts$"] },
      to: {},
    },
    {
      name: "actions-core-only-in-the-action-entry",
      comment:
        "@actions/core is used by src/action/main.ts alone; everything else gets plain functions",
      severity: "error",
      from: { pathNot: "^src/action/main\\.ts$" },
      to: { path: "node_modules/@actions/core/" },
    },
    {
      name: "no-circular",
      comment: "no files that import each other in a circle",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "not-to-unresolvable",
      comment: "an import that resolves to no file",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
    },
  },
};
