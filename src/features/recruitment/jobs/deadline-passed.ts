/**
 * Between two builds: a job page built while the position was open, opened after its deadline,
 * shows that the deadline has passed and no longer offers to apply. The page carries the
 * deadline and the notice (hidden); this script shows the notice and hides what is for open
 * positions only. Without JavaScript the page still shows the deadline in its facts, and the
 * next build closes the position everywhere.
 */

/** The time zone whose calendar the deadlines are in. */
export const deadlineTimeZone = 'Europe/Oslo';

/** The date in Norway at `now`, written YYYY-MM-DD. */
export function norwegianDate(now: Date): string {
  // Canadian English writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: deadlineTimeZone }).format(now);
}

/** True when `deadline` (YYYY-MM-DD) is before today in Norway: the deadline day is still open. */
export function deadlinePassed(deadline: string, now: Date): boolean {
  return norwegianDate(now) > deadline;
}

/** Shows each page's deadline notice once its deadline has passed, and hides what is for open positions. */
export function showDeadlinePassed(root: ParentNode, now: Date): void {
  const notice = root.querySelector<HTMLElement>('[data-deadline-passed]');
  const deadline = notice?.dataset['deadlinePassed'];
  if (!notice || !deadline || !deadlinePassed(deadline, now)) return;
  notice.hidden = false;
  for (const element of root.querySelectorAll<HTMLElement>('[data-while-open]')) {
    element.hidden = true;
  }
}
