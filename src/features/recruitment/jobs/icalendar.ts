/**
 * Application deadlines as iCalendar (RFC 5545), so that job seekers can put one deadline,
 * or all of them by subscription, in their own calendar app without an account.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';

/** One deadline: the job it belongs to and the day applications close. */
export interface DeadlineEvent {
  /** The job's id: stable across builds, so calendar apps update instead of duplicating. */
  id: string;
  /** Event title, e.g. "Søknadsfrist: Sykepleier i hjemmetjenesten". */
  summary: string;
  /** The last day to apply. */
  deadline: Date;
  /** Absolute URL of the job's page. */
  url: string;
  /** Plain text shown in the event's notes. */
  description: string;
}

/** What the calendar as a whole is called and stamped with. */
export interface CalendarOptions {
  /** Calendar name shown in the app, e.g. "Søknadsfrister – Sarpsborg kommune". */
  name: string;
  /** Host the event UIDs are made unique with, e.g. "kommunikasjon.sarpsborg.com". */
  host: string;
  /** The build date: every DTSTAMP, so that builds of the same content are identical. */
  stamp: Date;
  /** Organisation and product for PRODID. */
  organisation: string;
}

/** The UID of a job's deadline event: the same in the single file and in the subscription. */
export function deadlineUid(id: string, host: string): string {
  return `frist-${id}@${host}`;
}

/** An iCalendar file with one all-day event per deadline, in the order given. */
export function deadlineCalendar(events: DeadlineEvent[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: options.organisation, product: 'Soknadsfrister', language: 'NB' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const event of events) {
    calendar.createEvent({
      id: deadlineUid(event.id, options.host),
      start: event.deadline,
      allDay: true,
      stamp: options.stamp,
      summary: event.summary,
      description: `${event.description}\n${event.url}`,
      url: event.url,
    });
  }
  return calendar.toString();
}

/** The HTTP response for an iCalendar file. */
export function calendarResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
