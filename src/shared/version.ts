/** The tool's version, shown by --version and in plan files. Keep in step with package.json. */
export const VERSION = "0.1.0";
