// Identity rules shared by the policy loader, the planner, the API client and the emulator.
// Two spellings that mean the same user or the same repository must compare equal everywhere,
// so these functions are the only place that decides what "the same" means.

/** Emails compare case-insensitively after trimming (the Admin API treats them so). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Directory-group names compare case-insensitively after trimming, as the emulator and (as far as
 * docs/admin-api.md can tell) the API compare them: "Data-Science" is the group "data-science".
 */
export function normalizeGroupName(name: string): string {
  return name.trim().toLowerCase();
}

/** Team roles compare case-insensitively (translated docs show `Owner`, `Member`); unknown values are kept. */
export function normalizeRole(role: string): string {
  return role.trim().toLowerCase();
}

/**
 * The canonical form of a repository URL, used as the key that blocklists are compared by.
 *
 * `git@github.com:Org/Repo.git`, `ssh://git@github.com/org/repo`, `https://GitHub.com/org/repo/`
 * and `https://github.com/org/repo.git` all become `https://github.com/org/repo`.
 * Host and path are lower-cased: GitHub, GitLab and Bitbucket treat repository paths
 * case-insensitively, and the Cursor API's own normalisation is unknown, so we choose the
 * reading that catches the most duplicates. Returns undefined for text that is not a repo URL.
 */
export function normalizeRepoUrl(input: string): string | undefined {
  let text = input.trim();
  if (text === "") return undefined;

  // scp-like ssh form: [user@]host:path (no scheme, no "//")
  const scpLike = /^(?:[A-Za-z0-9._-]+@)?([A-Za-z0-9.-]+):(?!\/\/)(.+)$/.exec(text);
  if (scpLike && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    text = `ssh://${scpLike[1]}/${scpLike[2]}`;
  }
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    // A bare "github.com/org/repo" is common in hand-written policy.
    if (/^[A-Za-z0-9.-]+\.[A-Za-z]{2,}\/.+/.test(text)) text = `https://${text}`;
    else return undefined;
  }

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (!["http:", "https:", "ssh:", "git:", "git+ssh:", "ssh+git:"].includes(url.protocol)) {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  if (host === "") return undefined;

  let path: string;
  try {
    path = decodeURIComponent(url.pathname).toLowerCase();
  } catch {
    // A stray "%" that starts no escape (".../100%-coverage"): not a URL anyone can clone.
    return undefined;
  }
  path = path.replace(/\/+/g, "/").replace(/\/+$/, "");
  path = path.replace(/\.git$/, "").replace(/\/+$/, "");
  if (path === "" || path === "/") return undefined;
  if (!path.startsWith("/")) path = `/${path}`;
  return `https://${host}${path}`;
}
