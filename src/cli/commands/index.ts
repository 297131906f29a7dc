import type { Command } from "commander";
import { registerApplyCommand } from "./apply.js";
import { registerDemoCommand } from "./demo.js";
import { registerEmulatorCommand } from "./emulator.js";
import { registerImportCommand } from "./import.js";
import { registerPlanCommand } from "./plan.js";
import { registerValidateCommand } from "./validate.js";

/** Every sub-command, in the order `--help` lists them. */
export function registerCommands(program: Command): void {
  registerValidateCommand(program);
  registerPlanCommand(program, "plan");
  registerApplyCommand(program);
  registerPlanCommand(program, "drift");
  registerImportCommand(program);
  registerDemoCommand(program);
  registerEmulatorCommand(program);
}
