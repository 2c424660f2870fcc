/**
 * Collection queries answered once per build. A page asks for the same lists as thousands of
 * others (a video page for the open jobs of its profession, every post page for its channel);
 * asking the content store and building the views again on every page made the build grow
 * with the square of the entries.
 */

const answers = new Map<string, Promise<unknown>>();

/**
 * The answer of `load`, computed on the first call with `key` and shared afterwards. Lists
 * come back as a fresh copy, so a caller that sorts or filters in place cannot change what the
 * next page gets. In `astro dev` content changes between requests, so there every call loads.
 */
export async function oncePerBuild<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (import.meta.env.DEV) return load();
  let answer = answers.get(key) as Promise<T> | undefined;
  if (!answer) {
    answer = load();
    answers.set(key, answer);
  }
  const value = await answer;
  return (Array.isArray(value) ? [...value] : value) as T;
}
