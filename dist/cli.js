#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  formatProblems
} from "./cli-chunk-CDEIJA3T.js";
import {
  limitValue,
  printable,
  renderPlan,
  renderText,
  withViolations
} from "./cli-chunk-DEVDQLJG.js";
import {
  plural
} from "./cli-chunk-V2C4JFGT.js";
import {
  InterruptedError
} from "./cli-chunk-GN2E3FF7.js";
import {
  ENDPOINTS,
  ENDPOINT_IDS
} from "./cli-chunk-XPFRES5K.js";
import {
  systemClock
} from "./cli-chunk-PDWXNEN5.js";
import {
  verifiableChanges
} from "./cli-chunk-PR4YQT7K.js";
import "./cli-chunk-JFXSESHN.js";
import {
  VERSION
} from "./cli-chunk-W3LY73ZL.js";
import "./cli-chunk-YOY5NVGM.js";
import {
  BlockedError,
  PolicyInvalidError,
  outputPathError
} from "./cli-chunk-AWBLGEXO.js";
import {
  registerSecret,
  safeForOutput
} from "./cli-chunk-MHL6WGYV.js";
import "./cli-chunk-GO366PNV.js";
import "./cli-chunk-J3FXLKC5.js";
import {
  CursorPolicyError,
  ExitCode,
  UsageError
} from "./cli-chunk-SMCOMD7A.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./cli-chunk-LA6XIGWA.js";

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice2) => JSON.stringify(choice2)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice2) => JSON.stringify(choice2)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path2 = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path2.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path2.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path2.resolve(
            path2.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path2.basename(
              this._scriptPath,
              path2.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path2.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path2.basename(filename, path2.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path3) {
        if (path3 === void 0) return this._executableDir;
        this._executableDir = path3;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/shared/baseline-wasm.ts
import { setFlagsFromString } from "node:v8";
function useBaselineWasm() {
  setFlagsFromString("--liftoff-only");
}

// src/cli/commands/apply.ts
import { createInterface } from "node:readline/promises";

// src/render/apply-result.ts
var STATUS_MARK = { applied: "✓", failed: "✗", skipped: "○" };
var STATUS_COLOR = { applied: 32, failed: 31, skipped: 33 };
function renderApplyOutcome(outcome, options) {
  const { result, verification } = outcome;
  if (!result) return "";
  const paint = (status, text) => options.color ? `\x1B[${STATUS_COLOR[status]}m${text}\x1B[39m` : text;
  const lines = [
    `Apply finished in ${(result.durationMs / 1e3).toFixed(1)} s: ${result.applied} applied, ${result.failed} failed, ${result.skipped} skipped.`,
    "",
    ...result.outcomes.map((o) => outcomeLine(o, paint))
  ];
  if (verification) {
    lines.push("");
    const unconfirmed = verification.changes.length - verifiableChanges(verification).length;
    if (outcome.readBack) lines.push(readBackLine(outcome.readBack));
    for (const entry of outcome.readBack?.notReverified ?? []) {
      lines.push(`not re-verified: ${printable(entry.key)} (${printable(entry.reason)})`);
    }
    const mismatches = outcome.readBack?.effectiveMismatches ?? [];
    if (mismatches.length > 0) {
      lines.push(
        `warning: the API reports ${plural(mismatches.length, "effective limit")} other than the plan promised (${verification.effectiveLimitRule} assumed; another rule or a team limit is at work):`,
        ...mismatches.map(
          (entry) => `  ${printable(entry.email)}: promised ${limitValue(entry.promised)}, enforced ${limitValue(entry.actual)}`
        )
      );
    }
    if (verification.changes.length === 0) {
      lines.push("verified: live state matches policy");
    } else if (unconfirmed === verification.changes.length) {
      lines.push(
        `verified: live state matches policy, except ${plural(unconfirmed, "limit")} the API cannot report exactly (see the notes of the next plan)`
      );
    } else {
      lines.push(
        `NOT verified: read back after applying, ${plural(verification.changes.length - unconfirmed, "change")} did not take:`,
        renderText(verification, { color: options.color, mode: "plan" })
      );
    }
  }
  return lines.join("\n");
}
function readBackLine(summary) {
  if (summary.scope === "full") return "read back: the whole live state";
  const parts = [
    ...summary.spendPages > 0 ? [plural(summary.spendPages, "spend-report page")] : [],
    ...summary.spendSearches > 0 ? [plural(summary.spendSearches, "spend-report search", "spend-report searches")] : [],
    ...summary.blocklists ? ["the blocklists"] : [],
    ...summary.directoryGroups ? ["the directory groups"] : []
  ];
  return `read back what changed: ${parts.length === 0 ? "nothing to read" : parts.join(", ")}`;
}
function outcomeLine(outcome, paint) {
  const head = `  ${paint(outcome.status, `${STATUS_MARK[outcome.status]} ${outcome.status.padEnd(7)}`)} ${changeTitle(outcome.change)}`;
  return outcome.reason ? `${head}
      ${printable(outcome.reason)}` : head;
}
function changeTitle(change) {
  switch (change.kind) {
    case "create":
      return `+ blocklist ${printable(change.url)} (${plural(change.after.length, "pattern")})`;
    case "update":
      return `~ blocklist ${printable(change.url)} (+${change.added.length} -${change.removed.length} patterns)`;
    case "delete":
      return `- blocklist ${printable(change.url)}`;
    case "set":
    case "clear":
      return `${change.kind === "set" ? "~" : "-"} limit ${printable(change.email)}: ${limitValue(change.before)} -> ${limitValue(change.after)}`;
    case "group-create":
      return `+ directory group ${printable(change.name)} (limit ${limitValue(change.limit)})`;
    case "group-update": {
      const parts = [
        change.renamedFrom === void 0 ? void 0 : `renamed from ${printable(change.renamedFrom)}`,
        change.limit === void 0 ? void 0 : `limit ${limitValue(change.limit.before)} -> ${limitValue(change.limit.after)}`
      ].filter((part) => part !== void 0);
      return `~ directory group ${printable(change.name)}: ${parts.join(", ")}`;
    }
    case "group-members":
      return `~ members of directory group ${printable(change.name)}: +${change.add.length} -${change.remove.length}`;
    case "group-delete":
      return `- directory group ${printable(change.name)}`;
  }
}

// src/core/progress.ts
function formatProgress(p) {
  const elapsedSeconds = Math.max(1e-3, (p.now - p.startedAt) / 1e3);
  const rate = p.done / elapsedSeconds;
  const remaining = p.total - p.done;
  const eta = p.etaMs !== void 0 ? p.etaMs / 1e3 : rate > 0 ? remaining / rate : Number.NaN;
  const failed = p.failed > 0 ? `, ${p.failed} failed` : "";
  return `writing: ${p.done}/${p.total} changes (${p.phase}, ETA ${formatDuration(eta)}${failed})`;
}
function formatDuration(seconds) {
  if (!Number.isFinite(seconds)) return "unknown";
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole}s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes}m${String(whole % 60).padStart(2, "0")}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
}
function progressReporter(write, options) {
  let lastPrinted = Number.NEGATIVE_INFINITY;
  const interval = options.intervalMs ?? 5e3;
  return (p) => {
    const finished = p.done === p.total;
    if (options.tty && options.redraw) {
      options.redraw(formatProgress(p));
      if (finished) write("");
      return;
    }
    if (finished || p.now - lastPrinted >= interval) {
      lastPrinted = p.now;
      write(formatProgress(p));
    }
  };
}
var ANNOUNCED_WAIT_MS = 5e3;
var REDRAW_MS = 100;
var ProgressDisplay = class {
  #options;
  #pacing;
  #phase;
  #pages;
  #waitUntil = 0;
  #waitEndpoint;
  #applied;
  #lastDrawn = Number.NEGATIVE_INFINITY;
  #lastLogged = Number.NEGATIVE_INFINITY;
  #shown = false;
  constructor(options) {
    this.#options = options;
  }
  /** Quiet: neither a terminal nor CI. */
  get silent() {
    return !this.#options.tty && !this.#options.ci;
  }
  usePacing(pacing) {
    this.#pacing = pacing;
  }
  phase(phase) {
    this.#phase = phase;
    this.#pages = void 0;
    this.#waitUntil = 0;
    this.#draw(true);
  }
  pages(event) {
    this.#pages = event;
    this.#draw(event.done === event.total);
  }
  wait(event) {
    this.#waitUntil = this.#options.now() + event.waitMs;
    this.#waitEndpoint = event.endpoint;
    this.#draw(event.waitMs >= ANNOUNCED_WAIT_MS);
  }
  apply(progress) {
    this.#applied = progress;
    this.#draw(progress.done === progress.total);
  }
  /** Clears the terminal line, before the command prints its result. */
  end() {
    if (this.#options.tty && this.#shown) this.#options.redraw("");
    this.#shown = false;
  }
  /** The current line, as it would be printed now. */
  line() {
    const now = this.#options.now();
    const waiting = this.#waitUntil > now && this.#waitEndpoint !== void 0 ? `, waiting ${Math.ceil((this.#waitUntil - now) / 1e3)} s for the rate limit of ${ENDPOINTS[this.#waitEndpoint].method} ${ENDPOINTS[this.#waitEndpoint].path}` : "";
    switch (this.#phase) {
      case "writing":
        return this.#applied === void 0 ? `writing${waiting}` : `${formatProgress(this.#applied)}${waiting}`;
      case "verifying":
        return `verifying: reading back what changed${this.#pagesText()}${waiting}`;
      default:
        return `reading the live team${this.#pagesText()}${this.#readEta()}${waiting}`;
    }
  }
  #pagesText() {
    const pages = this.#pages;
    return pages === void 0 ? "" : `: spend report ${pages.done}/${pages.total} pages`;
  }
  #readEta() {
    const pages = this.#pages;
    if (pages === void 0 || this.#pacing === void 0 || pages.done >= pages.total) return "";
    const ms = this.#pacing.estimateMs(pages.endpoint, pages.total - pages.done);
    return ms >= 1e3 ? ` (ETA ${formatDuration(ms / 1e3)})` : "";
  }
  #draw(important) {
    if (this.silent) return;
    const now = this.#options.now();
    if (this.#options.tty) {
      if (!important && now - this.#lastDrawn < REDRAW_MS) return;
      this.#lastDrawn = now;
      this.#options.redraw(this.line());
      this.#shown = true;
      return;
    }
    if (!important && now - this.#lastLogged < (this.#options.intervalMs ?? 15e3)) return;
    this.#lastLogged = now;
    this.#options.write(this.line());
  }
};
function isCi(env) {
  const value = env.CI?.trim().toLowerCase();
  return value !== void 0 && value !== "" && value !== "false" && value !== "0" || env.GITHUB_ACTIONS === "true";
}

// src/cli/progress.ts
function cliProgress(io) {
  return new ProgressDisplay({
    tty: io.stderrIsTTY,
    ci: isCi(io.env),
    write: (line) => io.err(line),
    redraw: (line) => process.stderr.write(`\r\x1B[2K${line}`),
    now: Date.now
  });
}

// src/cli/io.ts
function processIO(env = process.env) {
  const addSecret = (value) => {
    if (value !== void 0) registerSecret(value);
  };
  addSecret(env.CURSOR_API_KEY);
  const write = (stream, text) => {
    stream.write(safeForOutput(text.endsWith("\n") ? text : `${text}
`));
  };
  const debug = env.CURSOR_POLICY_DEBUG === "1";
  const color = env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "0" ? true : Boolean(process.stdout.isTTY) && env.NO_COLOR === void 0 && env.TERM !== "dumb";
  return {
    out: (text) => write(process.stdout, text),
    err: (text) => write(process.stderr, text),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    color,
    env,
    addSecret,
    logger: {
      debug: (message) => {
        if (debug) write(process.stderr, `debug: ${message}`);
      },
      info: (message) => write(process.stderr, message),
      warn: (message) => write(process.stderr, `warning: ${message}`),
      error: (message) => write(process.stderr, `error: ${message}`)
    }
  };
}

// src/cli/run.ts
async function runCommand(body) {
  const io = processIO();
  let code;
  try {
    code = await body(io);
  } catch (error) {
    code = reportError(io, error);
  }
  process.exitCode = code;
}
function reportError(io, error) {
  if (error instanceof PolicyInvalidError) io.err(formatProblems([...error.problems], "text"));
  if (error instanceof CursorPolicyError) {
    const message = error instanceof BlockedError ? withViolations(error.message, error.violations) : error.message;
    io.err(`error: ${message}`);
    if (error.hint) io.err(`  hint: ${error.hint}`);
    if (io.env.CURSOR_POLICY_DEBUG === "1" && error.stack) io.err(error.stack);
    return error.exitCode;
  }
  const detail = error instanceof Error ? error.stack ?? error.message : String(error);
  io.err(`internal error: ${detail}`);
  io.err("  hint: this is a bug in cursor-policy; please report it with the command you ran.");
  return ExitCode.Error;
}

// src/cli/commands/shared-options.ts
var DEFAULT_POLICIES_DIR = "policies";
function withPolicyFlag(command) {
  return command.option(
    "--policies <dir>",
    "directory of policy files (*.yaml, *.yml)",
    DEFAULT_POLICIES_DIR
  );
}
function withConnectionFlags(command) {
  return command.option(
    "--base-url <url>",
    "Admin API base URL (default: $CURSOR_API_BASE_URL or https://api.cursor.com)"
  ).option("--api-key-file <file>", "read the API key from this file instead of $CURSOR_API_KEY").option(
    "--rate-limit <endpoint=per-minute>",
    "pace an endpoint to this many requests a minute, e.g. user-spend-limit=60 (repeatable; default: the documented limits)",
    (value, previous = []) => [...previous, value]
  );
}
function formatOption(formats, fallback) {
  return new Option("--format <format>", "output format").choices(formats).default(fallback);
}
function withSafetyFlags(command) {
  return command.option(
    "--allow-deletes",
    "let deletions beyond a delete threshold (the policy's or the built-in one) through"
  ).option(
    "--allow-large-changes",
    "let limit changes beyond the size thresholds (share of members, raise factor) through"
  ).option(
    "--strict",
    "block on warnings: an email the policy names that is not on the team, a member's limit a higher directory-group limit overrides"
  );
}
function safetySwitches(flags) {
  return {
    allowDeletes: flags.allowDeletes ?? false,
    allowLargeChanges: flags.allowLargeChanges ?? false,
    strict: flags.strict ?? false
  };
}

// src/cli/commands/apply.ts
function registerApplyCommand(program3) {
  const command = program3.command("apply").description("make the live team match the policy, then read it back and verify");
  withPolicyFlag(command);
  withConnectionFlags(command);
  command.option(
    "--plan <file>",
    "apply this saved plan; refused if the live state or policy changed since"
  ).option("--auto-approve", "do not ask for confirmation (required when there is no terminal)");
  withSafetyFlags(command).action(
    (flags) => runCommand((io) => applyCommand(io, flags))
  );
}
async function applyCommand(io, flags) {
  const [{ loadPolicy }, { applyPolicy }, { readSavedPlan }, { connectFromFlags }] = await Promise.all([
    import("./cli-chunk-B6N6PJJ5.js"),
    import("./cli-chunk-2LU5LS5X.js"),
    import("./cli-chunk-WIB64TVQ.js"),
    import("./cli-chunk-VNXQ2RGQ.js")
  ]);
  const policy = await loadPolicy(flags.policies);
  if (policy.warnings.length > 0) io.err(formatProblems([...policy.warnings], "text"));
  const savedPlan = flags.plan ? await readSavedPlan(flags.plan) : void 0;
  const interrupt = new AbortController();
  const stopListening = stopGracefullyOnSignals(io, interrupt);
  const progress = cliProgress(io);
  try {
    const connection = connectFromFlags(io, flags, { stopWaiting: interrupt.signal, progress });
    const outcome = await applyPolicy({
      policy,
      connection,
      ...safetySwitches(flags),
      ...savedPlan === void 0 ? {} : { savedPlan },
      confirm: (plan) => {
        progress.end();
        return confirmPlan(io, plan, flags.autoApprove ?? false, interrupt);
      },
      onPhase: (phase) => progress.phase(phase),
      onProgress: (update) => progress.apply(update),
      clock: systemClock,
      logger: io.logger,
      signal: interrupt.signal
    }).finally(() => progress.end());
    reportOutcome(io, outcome);
    if (outcome.result?.interrupted) {
      io.err(
        `apply was ${interruptReason(interrupt.signal)}: ${outcome.result.skipped} change(s) skipped. Run apply again to finish; it sends only what is still different.`
      );
    }
    return outcome.exitCode;
  } finally {
    stopListening();
  }
}
function stopGracefullyOnSignals(io, interrupt) {
  const onSignal = (signal) => {
    if (interrupt.signal.aborted) {
      io.err(
        `received ${signal} again: exiting now. A change in flight may or may not have taken; run apply again to finish.`
      );
      process.exit(ExitCode.Error);
    }
    io.err(
      `received ${signal}: finishing the request in flight, starting no new change (send it again to exit at once)`
    );
    interrupt.abort(new InterruptedError(`received ${signal}`));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return () => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
}
function interruptReason(signal) {
  const reason = signal.reason;
  return reason instanceof InterruptedError ? reason.message : "interrupted";
}
async function confirmPlan(io, plan, autoApprove, interrupt) {
  io.out(renderPlan(plan, "text", { color: io.color, mode: "plan" }));
  if (autoApprove) return true;
  if (!io.stdinIsTTY) {
    throw new UsageError(
      "apply needs confirmation, and there is no terminal to ask on; nothing was changed",
      {
        hint: "review the plan above, then run again with --auto-approve (or apply a reviewed plan with --plan FILE --auto-approve)"
      }
    );
  }
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  prompt.on("SIGINT", () => interrupt?.abort(new InterruptedError("received SIGINT")));
  try {
    const answer = await prompt.question(
      `Apply these ${plan.changes.length} changes? Only "yes" is accepted: `,
      interrupt === void 0 ? {} : { signal: interrupt.signal }
    );
    if (answer.trim() === "yes") return true;
    io.err("Apply cancelled; nothing was changed.");
    return false;
  } catch (error) {
    if (!interrupt?.signal.aborted) throw error;
    io.err("\nApply cancelled; nothing was changed.");
    return false;
  } finally {
    prompt.close();
  }
}
function reportOutcome(io, outcome) {
  if (outcome.status === "no-changes") {
    io.out("No changes. Live state matches policy.");
    return;
  }
  if (outcome.status === "declined") return;
  io.out(renderApplyOutcome(outcome, { color: io.color }));
}

// src/cli/commands/demo.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
function registerDemoCommand(program3) {
  const command = program3.command("demo").description(
    "try it end to end: plan and apply the example policies against the built-in emulator (no key, no network)"
  );
  withPolicyFlag(command);
  command.action(
    (flags) => runCommand(
      (io) => demoCommand(io, {
        policies: demoPolicies(flags.policies, command.getOptionValueSource("policies"))
      })
    )
  );
}
function demoPolicies(given, source) {
  if (source !== "default" || existsSync(given)) return given;
  const shipped = fileURLToPath(new URL("../policies", import.meta.url));
  return existsSync(shipped) ? shipped : given;
}
async function demoCommand(io, flags) {
  const [{ connect }, { loadPolicy }, { applyPolicy, planAgainstLive }, emulatorModule] = await Promise.all([
    import("./cli-chunk-PO6GX7DS.js"),
    import("./cli-chunk-B6N6PJJ5.js"),
    import("./cli-chunk-2LU5LS5X.js"),
    import("./cli-chunk-GU623QDF.js")
  ]);
  const { DEMO_ADMIN_KEY, demoTeamState, startEmulator } = emulatorModule;
  const state = demoTeamState();
  const emulator = await startEmulator({ state });
  try {
    io.out(`==> Started the Cursor Admin API emulator at ${emulator.url} with the demo team`);
    io.out(
      `    (${state.members.filter((m) => !m.isRemoved).length} members, ${state.blocklists.length} repo blocklists, ${state.directoryGroups?.length ?? 0} directory groups; demo admin key ${DEMO_ADMIN_KEY.slice(0, 9)}…)`
    );
    io.out(`
==> cursor-policy validate --policies ${flags.policies}`);
    const policy = await loadPolicy(flags.policies);
    io.out(
      policy.warnings.length > 0 ? formatProblems([...policy.warnings], "text") : "Policy is valid."
    );
    const connection = connect({
      baseUrl: emulator.url,
      env: { CURSOR_API_KEY: DEMO_ADMIN_KEY },
      logger: io.logger
    });
    io.out(`
==> cursor-policy plan   (read-only calls against ${emulator.url})`);
    const { plan } = await planAgainstLive(policy.desired, connection.reader, {
      allowDeletes: false
    });
    io.out(renderPlan(plan, "text", { color: io.color, mode: "plan" }));
    io.out("\n==> cursor-policy apply --auto-approve");
    const outcome = await applyPolicy({
      policy,
      connection,
      allowDeletes: false,
      confirm: async () => true,
      onProgress: progressReporter((line) => io.err(line), { tty: false, intervalMs: 2e3 }),
      clock: systemClock,
      logger: io.logger
    });
    reportOutcome(io, outcome);
    io.out("\n==> cursor-policy plan   (again: a verified apply leaves nothing to do)");
    io.out(renderPlan(outcome.verification ?? plan, "text", { color: io.color, mode: "plan" }));
    const writes = emulator.requests().filter((entry) => entry.endpoint !== null && ENDPOINTS[entry.endpoint].write);
    io.out(
      `
The emulator received ${emulator.requests().length} API calls, ${writes.length} of them writes.`
    );
    io.out(
      "Next: point it at your team with CURSOR_API_KEY set (see README.md), or run `cursor-policy emulator` to experiment."
    );
    return outcome.exitCode;
  } finally {
    await emulator.close();
  }
}

// src/cli/commands/emulator.ts
import { existsSync as existsSync2 } from "node:fs";
function collect(value, previous = []) {
  return [...previous, value];
}
function wholeNumber(flag, text, min, max) {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
    throw new UsageError(
      `${flag} ${JSON.stringify(text)}: expected a whole number from ${min} to ${max}`
    );
  }
  return value;
}
function choice(flag, text, allowed) {
  const match = allowed.find((option) => option === text);
  if (match === void 0) {
    throw new UsageError(`${flag} ${JSON.stringify(text)}: expected one of ${allowed.join(", ")}`);
  }
  return match;
}
function endpointId(flag, text) {
  const match = ENDPOINT_IDS.find((id) => id === text);
  if (match === void 0) {
    throw new UsageError(
      `${flag}: unknown endpoint ${JSON.stringify(text)} (expected one of ${ENDPOINT_IDS.join(", ")})`
    );
  }
  return match;
}
function parseRateLimit(text) {
  const match = /^([^=]+)=(.+)$/.exec(text.trim());
  if (!match?.[1] || !match[2]) {
    throw new UsageError(
      `--rate-limit ${JSON.stringify(text)}: expected ENDPOINT=N or ENDPOINT=off`
    );
  }
  const endpoint = endpointId("--rate-limit", match[1].trim());
  const value = match[2].trim();
  return [endpoint, value === "off" ? null : wholeNumber("--rate-limit", value, 0, 1e6)];
}
var FAULT_NAMES = {
  latency: "latencyMs",
  latencyMs: "latencyMs",
  error: "errorRate",
  errorRate: "errorRate",
  drop: "dropRate",
  dropRate: "dropRate",
  malformed: "malformedRate",
  malformedRate: "malformedRate",
  hang: "hangRate",
  hangRate: "hangRate",
  burst429: "burst429"
};
function addFault(faults, text) {
  const match = /^([^:]+):(.+)$/.exec(text.trim());
  if (!match?.[1] || !match[2]) {
    throw new UsageError(
      `--fault ${JSON.stringify(text)}: expected ENDPOINT:KIND=VALUE (e.g. spend:error=0.2, '*:latency=200')`
    );
  }
  const target = match[1].trim();
  const key = target === "*" || target === "all" ? "*" : endpointId("--fault", target);
  const spec = { ...faults[key] };
  for (const part of match[2].split(",")) {
    const [name = "", value = ""] = part.split("=").map((s) => s.trim());
    const field = FAULT_NAMES[name];
    const number = Number(value);
    if (field === void 0 || value === "" || !Number.isFinite(number)) {
      throw new UsageError(
        `--fault ${JSON.stringify(text)}: expected KIND=NUMBER with KIND one of latency, error, drop, malformed, hang, burst429`
      );
    }
    spec[field] = number;
  }
  faults[key] = spec;
}
function emulatorOptionsFromFlags(flags) {
  const options = {
    host: flags.host ?? "127.0.0.1",
    port: flags.port === void 0 ? 0 : wholeNumber("--port", flags.port, 0, 65535)
  };
  if (flags.state !== void 0) options.stateFile = flags.state;
  if (flags.shape !== void 0)
    options.shape = choice("--shape", flags.shape, ["current", "legacy"]);
  if (flags.legacyLimitField !== void 0) {
    options.legacyLimitField = choice("--legacy-limit-field", flags.legacyLimitField, [
      "hardLimitOverrideDollars",
      "hardLimitOverrideUSDR"
    ]);
  }
  if (flags.adminKey?.length) options.adminKeys = flags.adminKey;
  if (flags.readOnlyKey?.length) options.readOnlyKeys = flags.readOnlyKey;
  const mode = flags.rateLimits === void 0 ? "default" : choice("--rate-limits", flags.rateLimits, ["off", "default"]);
  if (mode === "off") {
    if (flags.rateLimit?.length)
      throw new UsageError("--rate-limit cannot be combined with --rate-limits off");
    options.rateLimits = "off";
  } else if (flags.rateLimit?.length) {
    options.rateLimits = Object.fromEntries(flags.rateLimit.map(parseRateLimit));
  }
  if (flags.retryAfter) options.retryAfterHeader = true;
  if (flags.fault?.length) {
    const faults = {};
    for (const text of flags.fault) addFault(faults, text);
    options.faults = faults;
  }
  if (flags.seed !== void 0) options.seed = wholeNumber("--seed", flags.seed, 0, 2 ** 32 - 1);
  if (flags.maxSpendPageSize !== void 0) {
    options.maxSpendPageSize = wholeNumber(
      "--max-spend-page-size",
      flags.maxSpendPageSize,
      1,
      1e6
    );
  }
  if (flags.outcomeErrorStatus !== void 0) {
    options.outcomeErrorStatus = choice("--outcome-error-status", flags.outcomeErrorStatus, ["200", "400"]) === "200" ? 200 : 400;
  }
  if (flags.upsertResponse !== void 0) {
    options.upsertResponse = choice("--upsert-response", flags.upsertResponse, ["upserted", "all"]);
  }
  return options;
}
async function runEmulatorCommand(options, io, stop) {
  const seeding = options.stateFile !== void 0 && !existsSync2(options.stateFile);
  const { DEMO_ADMIN_KEY, DEMO_READ_ONLY_KEY, startEmulator } = await import("./cli-chunk-GU623QDF.js");
  const emulator = await startEmulator(options);
  try {
    io.out(emulator.url);
    const state = emulator.getState();
    const active = state.members.filter((m) => !m.isRemoved).length;
    const liveKeys = state.apiKeys.filter((k) => !k.revoked).map((k) => k.key);
    const lines = [
      `Cursor Admin API emulator: team "${state.team.name}" (${active} members, ${state.blocklists.length} repo blocklists), ${options.shape ?? "current"} response shapes`,
      `  base URL:      ${emulator.url} (pass --base-url or set CURSOR_API_BASE_URL)`
    ];
    if (liveKeys.includes(DEMO_ADMIN_KEY)) {
      lines.push(
        `  admin key:     the public demo key, "crsr_" followed by "demo" 16 times:`,
        `                 export CURSOR_API_KEY="crsr_$(printf 'demo%.0s' $(seq 16))"`
      );
    }
    if (liveKeys.includes(DEMO_READ_ONLY_KEY)) {
      lines.push(`  read-only key: the public demo key, "crsr_" followed by "read" 16 times`);
    }
    const given = (options.adminKeys?.length ?? 0) + (options.readOnlyKeys?.length ?? 0);
    if (given > 0)
      lines.push(`  also accepted: ${given} key(s) given on the command line (not shown)`);
    lines.push(
      options.stateFile === void 0 ? "  state:         in memory (changes are lost when the emulator stops; use --state FILE to keep them)" : `  state file:    ${options.stateFile}${seeding ? " (did not exist: created from the demo team)" : ""}`,
      `  control:       ${emulator.url}/__emulator/requests | state | config (loopback only)`,
      "Stop with Ctrl+C."
    );
    io.err(lines.join("\n"));
    await new Promise((resolve) => {
      if (stop.aborted) resolve();
      else stop.addEventListener("abort", () => resolve(), { once: true });
    });
  } finally {
    await emulator.close();
  }
  io.err("emulator stopped");
  return ExitCode.Ok;
}
function processStopSignal() {
  const controller = new AbortController();
  const stop = () => {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    controller.abort();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  return controller.signal;
}
function registerEmulatorCommand(program3, deps = {}) {
  const run = deps.run ?? runCommand;
  const stopSignal = deps.stopSignal ?? processStopSignal;
  program3.command("emulator").description(
    "Serve a local emulator of the Cursor Admin API (the demo team by default) until Ctrl+C; prints its URL first."
  ).option("--port <n>", "port to listen on (0 = any free port)", "0").option("--host <host>", "address to listen on", "127.0.0.1").option(
    "--state <file>",
    "load state from this JSON file and save every change to it (created from the demo team if missing)"
  ).option(
    "--shape <shape>",
    "response shapes: current or legacy (the older documented shapes)",
    "current"
  ).option(
    "--legacy-limit-field <name>",
    "legacy limit field: hardLimitOverrideDollars or hardLimitOverrideUSDR"
  ).option("--admin-key <key>", "also accept this admin key (repeatable; never printed)", collect).option(
    "--read-only-key <key>",
    "also accept this read-only key (repeatable; never printed)",
    collect
  ).option("--rate-limits <mode>", "default (the documented per-minute limits) or off").option(
    "--rate-limit <endpoint=n>",
    "per-minute limit for one endpoint, or endpoint=off (repeatable)",
    collect
  ).option("--retry-after", "send Retry-After with 429 responses (undocumented in the real API)").option(
    "--fault <endpoint:kind=value>",
    "inject faults, e.g. spend:error=0.2, '*:latency=200', userSpendLimit:burst429=3 (repeatable)",
    collect
  ).option("--seed <n>", "seed for fault sampling (default 1)").option("--max-spend-page-size <n>", "largest pageSize /teams/spend honours (default 500)").option(
    "--outcome-error-status <status>",
    "HTTP status of {outcome: error} answers: 400 (default) or 200"
  ).option(
    "--upsert-response <which>",
    "what the blocklist upsert returns: upserted (default) or all"
  ).action(
    (flags) => run(async (io) => runEmulatorCommand(emulatorOptionsFromFlags(flags), io, stopSignal()))
  );
}

// src/cli/commands/import.ts
import { existsSync as existsSync3, readFileSync } from "node:fs";
import { mkdir, readdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";

// schemas/policy.schema.json
var policy_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/cursor-policy/cursor-policy/v0.1.0/schemas/policy.schema.json",
  title: "cursor-policy policy file",
  description: "One cursor-policy policy file. All *.yaml / *.yml files in the policy directory are merged into one policy; each setting and each named entry (user, group, role, email pattern, pattern set, repo, directory group) may be written in only one place. See docs/policy-language.md.",
  type: "object",
  additionalProperties: false,
  required: ["version"],
  properties: {
    version: {
      description: "The policy language version. Always 1 for now; a future version will be announced with a migration.",
      const: 1
    },
    spendLimits: {
      description: "Monthly per-user spend limits in whole US dollars. The most specific rule wins: users > groups > emailPatterns > roles > default. Members no rule covers are left alone and reported.",
      type: "object",
      additionalProperties: false,
      properties: {
        default: {
          description: "The limit for every member no other rule covers. Whole dollars, 0 for a $0 limit, or none for no limit.",
          $ref: "#/definitions/limit"
        },
        roles: {
          description: "Limits by team role (owner, member, free-owner), compared case-insensitively.",
          type: "object",
          propertyNames: { minLength: 1 },
          additionalProperties: {
            description: "The limit for members with this role.",
            $ref: "#/definitions/limit"
          }
        },
        emailPatterns: {
          description: 'Limits for members whose email matches a glob (minimatch, case-insensitive), e.g. "*@contractors.example.com". A member matching two patterns with different limits is a conflict.',
          type: "object",
          propertyNames: { minLength: 1 },
          additionalProperties: {
            description: "The limit for members whose email matches this glob.",
            $ref: "#/definitions/limit"
          }
        },
        groups: {
          description: "Named groups of members sharing one limit. A member in two groups with different limits is an error.",
          type: "object",
          propertyNames: { $ref: "#/definitions/name" },
          additionalProperties: {
            description: "A group: its limit and its members.",
            type: "object",
            additionalProperties: false,
            required: ["limit", "members"],
            properties: {
              limit: {
                description: "The limit for every member of the group.",
                $ref: "#/definitions/limit"
              },
              members: {
                description: "The members' emails (compared case-insensitively); each listed once.",
                type: "array",
                minItems: 1,
                items: {
                  description: "A member's email address.",
                  type: "string"
                }
              }
            }
          }
        },
        users: {
          description: "Limits for individual members by email (compared case-insensitively). The most specific rule: it beats groups, patterns, roles and the default. A value is a limit, or a temporary exception {limit, until} that ends after the date given. Exact emails only: globs belong under emailPatterns.",
          type: "object",
          propertyNames: { minLength: 1 },
          additionalProperties: {
            description: "The limit for this member: whole dollars, 0, or none; or a temporary exception {limit, until}.",
            anyOf: [
              { $ref: "#/definitions/limit" },
              { $ref: "#/definitions/exception" }
            ]
          }
        }
      }
    },
    pendingMembers: {
      description: "Emails named in this policy (under spendLimits.users or in a group) on purpose before they join the team. A plan notes them as pending instead of warning that they are not on the team (a typo, or someone who left): without this list, --strict and guardrails.requireNamedMembersOnTeam block on them.",
      type: "array",
      minItems: 1,
      items: {
        description: "The email of someone who has not joined the team yet.",
        type: "string"
      }
    },
    blocklists: {
      description: "Repository blocklists: files Cursor must never index or send as context, per repository.",
      type: "object",
      additionalProperties: false,
      properties: {
        patternSets: {
          description: "Reusable named lists of glob patterns, used by repos through `use`.",
          type: "object",
          propertyNames: { $ref: "#/definitions/name" },
          additionalProperties: {
            description: "The glob patterns of this set.",
            $ref: "#/definitions/patternList"
          }
        },
        repos: {
          description: "Blocklists by repository URL. URLs are normalised before comparing (host and path case, .git suffix, trailing slash, git@host:org/repo and ssh:// forms): two spellings of one repository are an error.",
          type: "object",
          propertyNames: { minLength: 1 },
          additionalProperties: {
            description: "One repository's blocklist: the union of the pattern sets it uses and its own patterns.",
            type: "object",
            additionalProperties: false,
            minProperties: 1,
            properties: {
              use: {
                description: "Names of pattern sets (from blocklists.patternSets) whose patterns this repo gets.",
                type: "array",
                items: {
                  description: "A pattern set name.",
                  type: "string"
                }
              },
              patterns: {
                description: "Glob patterns for this repo in addition to the pattern sets it uses.",
                $ref: "#/definitions/patternList"
              }
            }
          }
        }
      }
    },
    directoryGroups: {
      description: "Cursor's directory groups: groups on the team (Settings → Groups) with a monthly spending limit of their own and members, managed as declared objects. Not spendLimits.groups, which are only lists of members that get the same per-user limit. Keys are the groups' names as Cursor shows them (compared case-insensitively). See docs/policy-language.md.",
      type: "object",
      propertyNames: { $ref: "#/definitions/directoryGroupName" },
      additionalProperties: {
        description: "A directory group: its monthly limit and who is in it (members, emailPatterns and roles together; members: [] for nobody).",
        type: "object",
        additionalProperties: false,
        required: ["limit"],
        properties: {
          limit: {
            description: "The group's monthly spending limit: whole dollars, 0 for a $0 limit, or none for no group limit.",
            $ref: "#/definitions/limit"
          },
          members: {
            description: "Members by email (compared case-insensitively), each listed once; [] for a group with no members named by email.",
            type: "array",
            items: {
              description: "A member's email address.",
              type: "string"
            }
          },
          emailPatterns: {
            description: 'Every team member whose email matches one of these globs (minimatch, case-insensitive) is a member, e.g. "*@contractors.acme.example".',
            type: "array",
            minItems: 1,
            items: {
              description: "An email glob.",
              type: "string"
            }
          },
          roles: {
            description: "Every team member with one of these roles (owner, member, free-owner; case-insensitive) is a member.",
            type: "array",
            minItems: 1,
            items: {
              description: "A team role.",
              type: "string"
            }
          },
          renamedFrom: {
            description: "The group's previous name: a live group of that name is renamed to this one (keeping its id and members) instead of a new group being created.",
            $ref: "#/definitions/directoryGroupName"
          }
        }
      }
    },
    ownership: {
      description: "Which live blocklists (prune, ignore) and directory groups (directoryGroups) this policy owns.",
      type: "object",
      additionalProperties: false,
      properties: {
        prune: {
          description: "true: live blocklists the policy does not declare are deleted. false (the default): they are only reported as unmanaged.",
          type: "boolean",
          default: false
        },
        ignore: {
          description: "Repository URL globs for live blocklists managed elsewhere: never deleted or reported, even with prune. A repo declared in blocklists.repos is managed by this policy even if it matches.",
          $ref: "#/definitions/repoGlobList"
        },
        directoryGroups: {
          description: "Which live directory groups this policy owns. Separate from prune and ignore above, which are about blocklists.",
          type: "object",
          additionalProperties: false,
          properties: {
            prune: {
              description: "true: live directory groups the policy does not declare are deleted. false (the default): they are only reported as unmanaged.",
              type: "boolean",
              default: false
            },
            ignore: {
              description: "Group names or globs over group names (case-insensitive) for groups managed elsewhere, such as the groups your identity provider syncs by SCIM: never changed, deleted or reported, even with prune. A group declared in directoryGroups is managed by this policy even if it matches.",
              type: "array",
              items: {
                description: 'A group name or a glob over group names, e.g. "* (Okta)".',
                type: "string"
              }
            }
          }
        }
      }
    },
    guardrails: {
      description: "Rules every plan must satisfy; a plan that breaks one is blocked (exit code 3).",
      type: "object",
      additionalProperties: false,
      properties: {
        maxUserLimit: {
          description: "No member may get a limit above this many dollars (no limit at all counts as above it).",
          $ref: "#/definitions/dollars"
        },
        requireLimitForEveryMember: {
          description: "true: every team member must end with a limit (covered by a rule, and not none).",
          type: "boolean",
          default: false
        },
        requireNamedMembersOnTeam: {
          description: 'true: a plan is blocked when the policy names an email that is not on the team and not in pendingMembers (a typo, or someone who left), as --strict does. false (the default): a warning with "did you mean ...?".',
          type: "boolean",
          default: false
        },
        maxDeletes: {
          description: "At most this many blocklist deletions per apply, unless --allow-deletes. Give count, percent or both (both must hold). Replaces the built-in threshold (more than 10 % of at least 10 live blocklists, or every one of two or more).",
          type: "object",
          additionalProperties: false,
          minProperties: 1,
          properties: {
            count: {
              description: "At most this many blocklists deleted per apply.",
              type: "integer",
              minimum: 0
            },
            percent: {
              description: "At most this percentage (0-100) of the live blocklists deleted per apply.",
              type: "number",
              minimum: 0,
              maximum: 100
            }
          }
        },
        maxLimitChanges: {
          description: "At most this many members' limits changed per apply, unless --allow-large-changes. Give count, percent (of the live members) or both (both must hold). Replaces the built-in threshold (more than 30 % of at least 10 members).",
          type: "object",
          additionalProperties: false,
          minProperties: 1,
          properties: {
            count: {
              description: "At most this many members' limits changed per apply.",
              type: "integer",
              minimum: 0
            },
            percent: {
              description: "At most this percentage (0-100) of the live members' limits changed per apply.",
              type: "number",
              minimum: 0,
              maximum: 100
            }
          }
        },
        maxLimitRaise: {
          description: "No limit is raised to more than this many times what it is in one apply, unless --allow-large-changes (e.g. 5: $100 may become at most $500). Replaces the built-in factor of 5.",
          type: "number",
          minimum: 1
        },
        maxTotalLimit: {
          description: "The members' monthly limits may add up to at most this many dollars after an apply (members without a limit are not counted: use requireLimitForEveryMember for them).",
          type: "integer",
          minimum: 0,
          maximum: 1e9
        },
        protectedRepos: {
          description: "Repository URL globs whose blocklists are never deleted: a plan that would delete one is blocked.",
          $ref: "#/definitions/repoGlobList"
        },
        requireEffectiveCaps: {
          description: "true: a member's own limit that a higher directory-group limit overrides (so it would not take effect) blocks the plan, instead of being a warning.",
          type: "boolean",
          default: false
        }
      }
    }
  },
  definitions: {
    dollars: {
      description: 'Whole US dollars, from 0 to 100000, in plain decimal digits (not 0x64, +100, 1e2, 100.0 or !!int "100").',
      type: "integer",
      minimum: 0,
      maximum: 1e5
    },
    limit: {
      description: "A monthly spend limit: whole dollars (0 is a $0 limit), or none (or null) for explicitly no limit.",
      anyOf: [
        { $ref: "#/definitions/dollars" },
        { description: "Explicitly no limit.", const: "none" },
        { description: "Explicitly no limit (prefer writing none).", type: "null" }
      ],
      examples: [100, 0, "none"]
    },
    exception: {
      description: "A temporary exception: this limit through the date given (UTC, inclusive); from the day after, the member falls back to their other rules.",
      type: "object",
      additionalProperties: false,
      required: ["limit", "until"],
      properties: {
        limit: {
          description: "The limit while the exception holds.",
          $ref: "#/definitions/limit"
        },
        until: {
          description: "The last day the exception holds, YYYY-MM-DD (UTC), e.g. 2027-01-31.",
          type: "string",
          examples: ["2027-01-31"]
        }
      }
    },
    name: {
      description: "A name: letters, digits, '.', '_' and '-', starting with a letter or digit.",
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"
    },
    directoryGroupName: {
      description: `A directory group's name as Cursor shows it, e.g. "data-science" or "Engineering (Okta)": no leading or trailing spaces, no line breaks or other control characters, at most 200 characters.`,
      type: "string",
      minLength: 1,
      maxLength: 200,
      pattern: "^[^\\s\\u0000-\\u001f\\u007f-\\u009f](?:[^\\u0000-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f])?$"
    },
    patternList: {
      description: 'Glob patterns relative to the repository root, e.g. "*.env", "config/prod/*", "**/*.pem".',
      type: "array",
      items: {
        description: "A glob pattern relative to the repository root.",
        type: "string"
      }
    },
    repoGlobList: {
      description: 'Repository URLs or URL globs, e.g. "https://github.com/acme/payments" or "https://github.com/acme/data-*".',
      type: "array",
      items: {
        description: "A repository URL or URL glob.",
        type: "string"
      }
    }
  }
};

// src/cli/commands/import.ts
function registerImportCommand(program3) {
  const command = program3.command("import").description("write policy files from the live team (read-only); a plan right after is empty");
  withConnectionFlags(command);
  command.option("--out <dir>", "directory to write the policy files to", DEFAULT_POLICIES_DIR).option("--force", "overwrite policy files already in the directory").action((flags) => runCommand((io) => importCommand(io, flags)));
}
async function importCommand(io, flags) {
  const existing = existsSync3(flags.out) ? (await readdir(flags.out).catch((error) => {
    throw outputPathError(flags.out, error, "--out");
  })).filter((name) => /\.ya?ml$/i.test(name)) : [];
  if (existing.length > 0 && !flags.force) {
    throw new UsageError(
      `${flags.out} already holds policy files (${existing.join(", ")}); import writes a complete policy, and merging it with them would declare things twice`,
      { hint: `choose an empty directory with --out, or pass --force to overwrite ${flags.out}` }
    );
  }
  const [{ readLiveState }, { importPolicy }, { connectFromFlags }] = await Promise.all([
    import("./cli-chunk-GBG5VJRL.js"),
    import("./cli-chunk-GKKJZHEP.js"),
    import("./cli-chunk-VNXQ2RGQ.js")
  ]);
  const progress = cliProgress(io);
  const connection = connectFromFlags(io, flags, { progress });
  progress.phase("reading");
  const live = await readLiveState(connection.reader, { directoryGroups: true }).finally(
    () => progress.end()
  );
  const result = importPolicy(live, { schemaPath: schemaReference(flags.out) });
  for (const warning of result.warnings) io.logger.warn(warning);
  try {
    await mkdir(flags.out, { recursive: true });
  } catch (error) {
    throw outputPathError(flags.out, error, "--out");
  }
  if (flags.force) {
    for (const name of existing)
      await rename(path.join(flags.out, name), path.join(flags.out, `${name}.bak`));
  }
  for (const file of result.files) {
    const target = path.join(flags.out, file.name);
    await writeFile(target, file.text, { flag: "wx" }).catch((error) => {
      throw outputPathError(target, error, "--out");
    });
    io.out(`wrote ${target}`);
  }
  io.out(
    `Imported ${live.members.length} members, ${live.blocklists.length} repo blocklists and ${live.directoryGroups?.supported ? live.directoryGroups.groups.length : 0} directory groups; verified: a plan of these files against the live team is empty.`
  );
  return ExitCode.Ok;
}
function schemaReference(outDir) {
  const out = path.resolve(outDir);
  const repository = repositoryRoot(out);
  if (repository !== void 0) {
    const copy = path.join(repository, "schemas", "policy.schema.json");
    if (isPolicySchema(copy)) return path.relative(out, copy).split(path.sep).join("/");
  }
  return policy_schema_default.$id;
}
function repositoryRoot(dir) {
  for (let current = dir; ; current = path.dirname(current)) {
    try {
      if (existsSync3(path.join(current, ".git"))) return current;
    } catch {
      return void 0;
    }
    if (path.dirname(current) === current) return void 0;
  }
}
function isPolicySchema(file) {
  try {
    const schema = JSON.parse(readFileSync(file, "utf8"));
    return typeof schema === "object" && schema !== null && "title" in schema && schema.title === policy_schema_default.title;
  } catch {
    return false;
  }
}

// src/cli/commands/plan.ts
function registerPlanCommand(program3, mode) {
  const command = program3.command(mode).description(
    mode === "plan" ? "show what apply would change (read-only: sends no write call)" : "report live changes made outside policy (read-only); exits 2 when there is drift"
  );
  withPolicyFlag(command);
  withConnectionFlags(command);
  command.addOption(formatOption(["text", "markdown", "json"], "text"));
  if (mode === "plan") {
    command.option(
      "--out <file>",
      "save the plan, with the fingerprint of the live state, for `apply --plan`"
    ).option("--detailed-exitcode", "exit 2 when there are changes to apply (0 when none)");
    withSafetyFlags(command);
  }
  command.action((flags) => runCommand((io) => planCommand(io, flags, mode)));
}
async function planCommand(io, flags, mode) {
  const [
    { loadPolicy },
    { planForReview, planExitCode },
    { detectDrift, driftExitCode },
    savedPlan,
    { renderPlan: renderPlan2 },
    { connectFromFlags }
  ] = await Promise.all([
    import("./cli-chunk-B6N6PJJ5.js"),
    import("./cli-chunk-2LU5LS5X.js"),
    import("./cli-chunk-NXOC7QVF.js"),
    import("./cli-chunk-WIB64TVQ.js"),
    import("./cli-chunk-ZMTCYRTX.js"),
    import("./cli-chunk-VNXQ2RGQ.js")
  ]);
  const policy = await loadPolicy(flags.policies);
  if (policy.warnings.length > 0) io.err(formatProblems([...policy.warnings], "text"));
  const progress = cliProgress(io);
  const connection = connectFromFlags(io, flags, { progress });
  const options = safetySwitches(flags);
  progress.phase("reading");
  if (mode === "drift") {
    const drift = await detectDrift(policy.desired, connection.reader, options).finally(
      () => progress.end()
    );
    io.out(renderPlan2(drift.plan, flags.format, { color: io.color, mode }));
    return driftExitCode(drift, { failOnDrift: true, reported: true });
  }
  const { plan } = await planForReview(policy.desired, connection.reader, options).finally(
    () => progress.end()
  );
  io.out(renderPlan2(plan, flags.format, { color: io.color, mode }));
  if (flags.out) {
    await savedPlan.writeSavedPlan(flags.out, savedPlan.toSavedPlan(plan, policy.digest));
    io.err(
      `Saved the plan to ${flags.out}. Apply exactly this plan with: cursor-policy apply --plan ${flags.out}`
    );
  }
  return planExitCode(plan, flags.detailedExitcode ?? false);
}

// src/cli/commands/validate.ts
function registerValidateCommand(program3) {
  const command = program3.command("validate").description(
    "check the policy files offline (no API key, no network): every problem with file:line:col"
  );
  withPolicyFlag(command);
  command.addOption(formatOption(["text", "json"], "text")).option("--strict", "fail on warnings too");
  command.action(
    (flags) => runCommand(async (io) => {
      const { runValidate } = await import("./cli-chunk-7NJ32EML.js");
      const outcome = await runValidate({
        policiesDir: flags.policies,
        format: flags.format,
        strict: flags.strict ?? false
      });
      io.out(outcome.output);
      return outcome.exitCode;
    })
  );
}

// src/cli/commands/index.ts
function registerCommands(program3) {
  registerValidateCommand(program3);
  registerPlanCommand(program3, "plan");
  registerApplyCommand(program3);
  registerPlanCommand(program3, "drift");
  registerImportCommand(program3);
  registerDemoCommand(program3);
  registerEmulatorCommand(program3);
}

// src/cli/main.ts
useBaselineWasm();
var program2 = new Command().name("cursor-policy").description(
  "GitOps policy-as-code for Cursor team administration: spend limits and repo blocklists."
).version(VERSION).showHelpAfterError().configureHelp({ sortSubcommands: false });
registerCommands(program2);
await program2.parseAsync(process.argv);
