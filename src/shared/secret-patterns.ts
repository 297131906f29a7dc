// What a secret looks like when we were not told its value: the policy loader rejects these in
// policy files, and the output scrubber (redact.ts) removes them from anything we print.

interface SecretKind {
  /** Shown to the user instead of the value: "a Cursor API key (crsr_...)". */
  readonly description: string;
  readonly pattern: RegExp;
}

export const SECRET_KINDS: readonly SecretKind[] = [
  { description: "a Cursor API key (crsr_...)", pattern: /\bcrsr_[A-Za-z0-9]{20,}/g },
  { description: "a Cursor API key (key_...)", pattern: /\bkey_[A-Za-z0-9]{32,}/g },
  {
    description: "an OpenAI-style secret key (sk-...)",
    pattern: /\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}/g,
  },
  {
    description: "a GitHub token (ghp_/gho_/ghu_/ghs_/ghr_...)",
    pattern: /\bgh[pousr]_[A-Za-z0-9]{30,}/g,
  },
  {
    description: "a GitHub fine-grained token (github_pat_...)",
    pattern: /\bgithub_pat_[A-Za-z0-9_]{30,}/g,
  },
  { description: "an AWS access key id (AKIA...)", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { description: "a Slack token (xox...)", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  { description: "a private key block", pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/g },
];

interface SecretFinding {
  readonly kind: SecretKind;
  /** Offset of the match in the scanned text. */
  readonly index: number;
  readonly length: number;
}

/** Every secret-looking token in `text`, in order of position. */
export function findSecrets(text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const kind of SECRET_KINDS) {
    for (const match of text.matchAll(new RegExp(kind.pattern.source, kind.pattern.flags))) {
      findings.push({ kind, index: match.index ?? 0, length: match[0].length });
    }
  }
  return findings.sort((a, b) => a.index - b.index);
}
