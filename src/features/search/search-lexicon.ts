// A reader for Hunspell dictionaries (the `.aff` suffix rules and the `.dic` word list), used at
// build time to tell which words are forms of the same word and where a compound splits. Only the
// parts the search needs are read: suffix rules (SFX), the word list and its flags.

interface SuffixRule {
  flag: string;
  /** Letters removed from the end of the base word. */
  strip: string;
  /** Letters added in their place. */
  add: string;
  /** What the end of the base word must look like. */
  condition: RegExp;
}

/** The shortest part a compound is split into (Hunspell's COMPOUNDMIN for Norwegian is 4). */
const minimumPart = 4;
/** Letters that join the parts of a Norwegian compound ("sykepleier-s-stilling", "barn-e-hage"). */
const linkingLetters = ['s', 'e'];

function readRules(aff: string): SuffixRule[] {
  const rules: SuffixRule[] = [];
  for (const line of aff.split('\n')) {
    const fields = line.trim().split(/\s+/);
    // A rule line has five or more fields; the header line of a rule set has four.
    if (fields[0] !== 'SFX' || fields.length < 5) continue;
    const [, flag = '', strip = '0', addWithFlags = '0', condition = '.'] = fields;
    const add = addWithFlags.split('/')[0] ?? '';
    rules.push({
      flag,
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add,
      condition: new RegExp(`${condition === '.' ? '' : condition}$`, 'u'),
    });
  }
  return rules;
}

/** A Hunspell dictionary that can list a word's forms, find a form's base words and split compounds. */
export class Lexicon {
  readonly #flags = new Map<string, string>();
  readonly #rulesByFlag = new Map<string, SuffixRule[]>();
  readonly #rulesByAdd = new Map<string, SuffixRule[]>();

  /** Reads the text of a Hunspell `.aff` file and its `.dic` file. */
  constructor(aff: string, dic: string) {
    for (const rule of readRules(aff)) {
      this.#rulesByFlag.set(rule.flag, [...(this.#rulesByFlag.get(rule.flag) ?? []), rule]);
      this.#rulesByAdd.set(rule.add, [...(this.#rulesByAdd.get(rule.add) ?? []), rule]);
    }
    // The first line of a .dic file is the number of words.
    for (const line of dic.split('\n').slice(1)) {
      const entry = line.split(/\s/)[0];
      if (!entry) continue;
      const slash = entry.indexOf('/');
      const word = (slash === -1 ? entry : entry.slice(0, slash)).toLowerCase();
      const flags = slash === -1 ? '' : entry.slice(slash + 1);
      this.#flags.set(word, (this.#flags.get(word) ?? '') + flags);
    }
  }

  /** True when the dictionary lists `word` itself. */
  has(word: string): boolean {
    return this.#flags.has(word);
  }

  /** Every form the dictionary's suffix rules make of the base word `word`, itself included. */
  forms(word: string): string[] {
    const flags = this.#flags.get(word);
    if (flags === undefined) return [];
    const forms = new Set([word]);
    for (const flag of flags) {
      for (const rule of this.#rulesByFlag.get(flag) ?? []) {
        if (!word.endsWith(rule.strip) || !rule.condition.test(word)) continue;
        forms.add(word.slice(0, word.length - rule.strip.length) + rule.add);
      }
    }
    return [...forms];
  }

  /** The dictionary's base words that `form` is a form of (itself when listed); empty if unknown. */
  bases(form: string): string[] {
    const bases = new Set<string>();
    if (this.#flags.has(form)) bases.add(form);
    for (let cut = 1; cut < form.length; cut++) {
      for (const rule of this.#rulesByAdd.get(form.slice(cut)) ?? []) {
        const base = form.slice(0, cut) + rule.strip;
        if (this.#flags.get(base)?.includes(rule.flag) && rule.condition.test(base))
          bases.add(base);
      }
    }
    return [...bases];
  }

  /** True when `form` is a word of the dictionary in any of its forms. */
  knows(form: string): boolean {
    return this.bases(form).length > 0;
  }

  /**
   * The parts of a compound, as base words: "tømmekalenderen" → ["tømme", "kalender"],
   * "sykepleierstillinger" → ["sykepleier", "stilling"]. The last part may be inflected; the
   * parts before it may end in a linking letter. Empty when `word` is not a compound the
   * dictionary can explain.
   */
  parts(word: string, depth = 0): string[] {
    // A split without a linking letter wins ("sykepleier|stilling", not "sykepleier-s-|tilling"),
    // then the longest first part ("barnehage|lærerne", not "barne|hagelærerne").
    for (const link of ['', ...linkingLetters]) {
      for (let cut = word.length - minimumPart; cut >= minimumPart + link.length; cut--) {
        const head = word.slice(0, cut);
        if (!head.endsWith(link)) continue;
        const first = head.slice(0, head.length - link.length);
        if (!this.has(first)) continue;
        const last = this.bases(word.slice(cut)).filter((base) => base.length >= 3);
        if (last.length === 0) continue;
        const inner = depth < 2 ? this.parts(first, depth + 1) : [];
        return [...new Set([first, ...inner, ...last])];
      }
    }
    return [];
  }
}
