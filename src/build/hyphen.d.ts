// The `hyphen` package ships no types; its language modules (`hyphen/nb/index.js`, …) are
// CommonJS objects holding these functions (see its README's "Sync version" and "Options").
declare module 'hyphen/*' {
  interface HyphenOptions {
    /** The character put at each break; U+00AD SOFT HYPHEN by default. */
    hyphenChar?: string;
    /** Shorter words are left whole (default 5). */
    minWordLength?: number;
    /** Words hyphenated by hand, with `-` at each break. */
    exceptions?: string[];
  }
  const language: {
    hyphenateSync(text: string, options?: HyphenOptions): string;
    hyphenateHTMLSync(html: string, options?: HyphenOptions): string;
  };
  export default language;
}
