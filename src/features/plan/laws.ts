/**
 * The statutes and regulations the plan cites, as data (content/laws/): how a citation reads,
 * where on Lovdata it points, and the rules a citation must keep (a known entry, a listed
 * section, an act still in force). Pure; `Law.astro` and the plan page read it.
 */

/** One statute or regulation as its file in content/laws/ describes it. */
export interface LawEntry {
  /** The file name, e.g. "arkivlova". */
  id: string;
  /** Full title, e.g. "Lov om arkiv". */
  name: string;
  /** Short title a reader knows it by, e.g. "arkivlova". */
  shortName: string;
  /** Lovdata's identifier, e.g. "LOV-2025-06-20-96". */
  lovdataId: string;
  /** The act's address on Lovdata. */
  url: string;
  /** When it came into force. */
  inForce: Date;
  /** A word on the date where one date is not the whole story. */
  inForceNote?: string | undefined;
  /** The sections the plan relies on, e.g. { section: "5-4", title: "Politiattest" }. */
  sections: { section: string; title: string }[];
  /** When the act stopped applying; a repealed act may not be cited. */
  repealed?: Date | undefined;
  /** The entry that replaced it. */
  replacedBy?: string | undefined;
}

/** What a citation shows: its text and the address it links to. */
export interface Citation {
  text: string;
  href: string;
  /** The act's full title, for the link's title. */
  title: string;
}

const day = (date: Date) =>
  `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;

/** Lovdata's address of one section: the act's address with `/§5-4` after it. */
export function sectionUrl(url: string, section: string): string {
  return `${url.replace(/\/$/, '')}/§${section.replace(/\s+/g, '')}`;
}

/**
 * The citation of `id` (and `section`), or an error in the editor's terms: an unknown entry,
 * a section the entry does not list, or an act repealed by `today`.
 */
export function citeLaw(
  laws: readonly LawEntry[],
  id: string,
  section: string | undefined,
  today: Date,
): Citation {
  const law = laws.find((entry) => entry.id === id);
  if (!law) {
    const known = laws.map((entry) => entry.id).sort();
    throw new Error(
      `<Law id="${id}">: no file content/laws/${id}.yaml; expected one of: ${known.join(', ') || '(none)'}.`,
    );
  }
  if (law.repealed && law.repealed.getTime() <= today.getTime()) {
    const instead = law.replacedBy ? `; cite "${law.replacedBy}" instead` : '';
    throw new Error(
      `<Law id="${id}">: ${law.shortName} (${law.lovdataId}) was repealed on ${day(law.repealed)}${instead}.`,
    );
  }
  if (section === undefined) {
    return { text: law.shortName, href: law.url, title: law.name };
  }
  if (!law.sections.some((s) => s.section === section)) {
    const listed = law.sections.map((s) => s.section).join(', ');
    throw new Error(
      `<Law id="${id}" section="${section}">: content/laws/${id}.yaml lists no section "${section}" (it lists: ${listed || 'none'}); add it under "sections".`,
    );
  }
  return {
    text: `${law.shortName} § ${section}`,
    href: sectionUrl(law.url, section),
    title: law.name,
  };
}

/** The acts in force on `today`, by short name, for the plan's list of its legal basis. */
export function lawsInForce(laws: readonly LawEntry[], today: Date): LawEntry[] {
  return laws
    .filter((law) => !law.repealed || law.repealed.getTime() > today.getTime())
    .sort((a, b) => a.shortName.localeCompare(b.shortName, 'nb'));
}
