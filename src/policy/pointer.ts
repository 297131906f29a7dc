// JSON Pointers (RFC 6901), the path language ajv reports errors in. The YAML stage records the
// source range of every node under the same pointer, so a schema error maps back to file:line:col.

export function pointerChild(parent: string, segment: string | number): string {
  return `${parent}/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`;
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}

export function pointerParent(pointer: string): string {
  const index = pointer.lastIndexOf("/");
  return index <= 0 ? "" : pointer.slice(0, index);
}

/** True when `pointer` is `ancestor` or lies under it. */
export function pointerWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

/**
 * The value a pointer points at in plain data, or undefined. Only own properties count, so a
 * key such as "constructor" finds nothing it was not given. `stop` cuts the walk short at a
 * pointer whose value must not be read (a value that already has a YAML problem).
 */
export function valueAtPointer(
  data: unknown,
  pointer: string,
  stop: (pointer: string) => boolean = () => false,
): unknown {
  let current = data;
  let path = "";
  for (const segment of pointerSegments(pointer)) {
    path = pointerChild(path, segment);
    if (stop(path) || current === null || typeof current !== "object") return undefined;
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (Object.hasOwn(current, segment)) {
      current = Object.getOwnPropertyDescriptor(current, segment)?.value;
    } else return undefined;
  }
  return current;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Names the place a pointer points at the way the policy language talks about it:
 * `repo "https://github.com/acme/payments"`, `member 2 of group "data-science"`,
 * `guardrails.maxDeletes.count`.
 */
export function describePointer(pointer: string): string {
  const s = pointerSegments(pointer);
  if (s.length === 0) return "the top level of the file";
  const [section, kind, name, field, index] = s;
  if (section === "spendLimits" && kind !== undefined && name !== undefined) {
    if (kind === "users") {
      return field === "until"
        ? `the end date (until) of user "${name}"`
        : `the limit of user "${name}"`;
    }
    if (kind === "roles") return `the limit of role "${name}"`;
    if (kind === "emailPatterns") return `the limit of email pattern "${name}"`;
    if (kind === "groups") {
      if (field === undefined) return `group "${name}"`;
      if (field === "members" && index !== undefined) {
        return `member ${Number(index) + 1} of group "${name}"`;
      }
      if (field === "limit") return `the limit of group "${name}"`;
      return `${field} of group "${name}"`;
    }
  }
  if (section === "directoryGroups" && kind !== undefined) {
    const group = `directory group "${kind}"`;
    if (name === undefined) return group;
    if (name === "limit") return `the limit of ${group}`;
    if (field !== undefined) {
      const noun =
        name === "members"
          ? "member"
          : name === "emailPatterns"
            ? "email pattern"
            : name === "roles"
              ? "role"
              : name;
      return `${noun} ${Number(field) + 1} of ${group}`;
    }
    return `${name} of ${group}`;
  }
  if (section === "blocklists" && kind !== undefined && name !== undefined) {
    if (kind === "repos") {
      if (field === undefined) return `repo "${name}"`;
      if (index !== undefined) {
        const noun = field === "patterns" ? "pattern" : field === "use" ? "pattern set" : field;
        return `${noun} ${Number(index) + 1} ${field === "use" ? "used by" : "of"} repo "${name}"`;
      }
      return `${field} of repo "${name}"`;
    }
    if (kind === "patternSets") {
      if (field === undefined) return `pattern set "${name}"`;
      return `pattern ${Number(field) + 1} of pattern set "${name}"`;
    }
  }
  const last = s[s.length - 1];
  if (last !== undefined && /^\d+$/.test(last) && s.length > 1) {
    return `entry ${Number(last) + 1} of ${s.slice(0, -1).join(".")}`;
  }
  return s.join(".");
}
