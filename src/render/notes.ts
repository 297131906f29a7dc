// Note messages: what is worth knowing that is not an action, and what it means.

import type { Note } from "../model/plan.js";
import { code, data, type Message, plainText } from "./fragments.js";
import { dollars, limitDollars, location, money, ruleWithLocation } from "./values.js";
import { raiseBreach, shareBreach } from "./violations.js";

export function noteMessage(note: Note): Message {
  switch (note.kind) {
    case "pending-member":
      return [
        data(note.email),
        " is named by ",
        ...ruleWithLocation(note.rule),
        " but is not on the team yet: the limit is applied once they join",
      ];
    case "uncovered-member":
      return [data(note.email), " (", code(note.role), ") is covered by no rule: left alone"];
    case "limit-unknown":
      return [
        data(note.email),
        " has no row in the spend report, so the current limit is unknown: the policy's limit is sent anyway",
      ];
    case "ambiguous-zero-limit":
      return note.wanted === 0
        ? [
            data(note.email),
            ": the legacy API shows no limit, which may already be $0; the $0 limit is sent again (harmless) and cannot be confirmed",
          ]
        : [
            data(note.email),
            ": the legacy API cannot tell no limit from $0, so this is left as is; if it is really $0, remove it in the dashboard",
          ];
    case "legacy-clear":
      return [
        data(note.email),
        `: the API answered in the legacy shape, whose spend-limit write has no "no limit"; clearing the ${dollars(note.limitDollars)} limit may be refused — if apply reports it failed, remove the limit in the dashboard`,
      ];
    case "limit-below-spend":
      return [
        data(note.email),
        `: the new limit ${dollars(note.limitDollars)} is below the ${money(note.spendCents)} already spent this cycle, so it blocks them at once`,
      ];
    case "limit-not-effective":
      return [
        data(note.email),
        `: the limit ${limitDollars(note.limitDollars)} is set, but the API enforces ${
          note.effectiveDollars === null ? "no limit" : dollars(note.effectiveDollars)
        } (a higher group or team limit wins)`,
      ];
    case "unmanaged-blocklist":
      return [
        code(note.url),
        " (",
        code(note.id),
        ") is not in the policy and ownership.prune is off: left alone",
      ];
    case "ignored-blocklist":
      return [
        code(note.url),
        " is matched by ownership.ignore ",
        code(note.pattern),
        ": managed elsewhere, never touched",
      ];
    case "duplicate-blocklist":
      return [
        code(note.url),
        " (",
        code(note.id),
        ") is a second entry for ",
        code(note.key),
        "; ownership.prune is off, so it is left alone",
      ];
    case "duplicate-pattern":
      return [code(note.url), " lists ", code(note.pattern), " more than once"];
    case "threshold-overridden":
      return [`${shareBreach(note)}: allowed by --${note.override}`];
    case "limit-raise-overridden":
      return [...raiseBreach(note), `: allowed by --${note.override}`];
    case "exception-expired":
      return [
        "the temporary limit of ",
        limitDollars(note.limitDollars),
        " for ",
        data(note.email),
        ` (${location(note.rule)}) held through ${note.until} and has ended: they fall back to their other rules; remove the entry once that is applied`,
      ];
    case "pending-member-joined":
      return [data(note.email), " has joined the team: remove them from pendingMembers"];
    case "unmanaged-directory-group":
      return [
        "directory group ",
        code(note.name),
        " (",
        code(note.id),
        ") is not in the policy and ownership.directoryGroups.prune is off: left alone",
      ];
    case "ignored-directory-group":
      return [
        "directory group ",
        code(note.name),
        " is matched by ownership.directoryGroups.ignore ",
        code(note.pattern),
        ": managed elsewhere, never touched",
      ];
    case "pending-group-member":
      return [
        data(note.email),
        " is named as a member of directory group ",
        code(note.group),
        ` (${note.source.file}:${note.source.line}) but is not on the team yet: added once they join`,
      ];
  }
}

/** The note as one line of plain text. */
export function describeNote(note: Note): string {
  return plainText(noteMessage(note));
}
