// The one plural helper every output uses (terminal, Markdown, problem lists).

/** "1 limit", "2 limits"; `pluralForm` for nouns that do not just add an s. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
