import type { UiKey } from './nb';

/** Every UI string in English, for the pages under /en/. */
export const en: Record<UiKey, string> = {
  // --- layout and front page ---
  'site.tagline': 'Communication and careers',
  'skip.toMain': 'Skip to main content',
  'nav.label': 'Main menu',
  'nav.home': 'Home',
  'nav.plan': 'Communication plan (Norwegian)',
  'nav.jobs': 'Work with us',
  'nav.channels': 'Channels (Norwegian)',
  'nav.news': 'News (Norwegian)',
  'nav.search': 'Search',
  'lang.switch': 'Norsk',
  'lang.switchLabel': 'Les denne siden på norsk',
  'footer.label': 'Footer',
  'footer.accessibility': 'Accessibility statement (Norwegian)',
  'footer.privacy': 'Privacy (Norwegian)',
  'footer.feeds': 'RSS feeds',
  'footer.contact': 'Contact',
  'footer.mainSite': 'The municipality’s main website',
  'example.notice':
    'Example content: this entry shows how the site works and has not been confirmed by the municipality.',
  'example.badge': 'Example',
  'date.published': 'Published',
  'date.updated': 'Last reviewed',
  'home.title': 'Communication and careers',
  'home.lead':
    'How we communicate, talk with residents and recruit – openly, quickly and in the channels where people are.',
  'home.plan.heading': 'The communication plan',
  'home.plan.more': 'Read the communication plan (Norwegian)',
  'home.videos.heading': 'Recruitment videos',
  'home.videos.more': 'See all videos',
  'home.jobs.heading': 'Open positions',
  'home.jobs.more': 'See all open positions',
  'home.jobs.none': 'There are no open positions right now.',
  'home.posts.heading': 'Latest from our channels',
  'home.posts.more': 'See all posts',
  'home.news.heading': 'News',
  'home.news.more': 'All news',
  'jobs.deadline': 'Application deadline',
  'notFound.title': 'Page not found',
  'notFound.lead': 'The page you were looking for does not exist, or it has moved.',
  'notFound.home': 'Go to the front page',

  // --- plan: the communication plan and the channel register ---
  'plan.title': 'Communication plan',
  'plan.lead':
    'How the municipality communicates: goals, audiences, principles, channels, roles and measurement. The plan is written as a playbook other municipalities can learn from and build on.',
  'plan.chapters': 'Chapters of the plan',
  'plan.lastReviewed': 'The plan was last reviewed',
  'plan.printLink': 'The whole plan on one page, for printing or PDF',
  'plan.print.title': 'The communication plan – complete',
  'plan.print.lead':
    'Every chapter on one page. Use your browser’s print function to print the plan or save it as PDF.',
  'plan.print.contents': 'Contents',
  'plan.breadcrumbs': 'You are here',
  'plan.breadcrumbs.back': 'Back to',
  'plan.toc': 'In this chapter',
  'plan.owner': 'Owner',
  'plan.chapterOf': 'Chapter {n} of {total}',
  'plan.pager': 'Chapters',
  'plan.pager.previous': 'Previous chapter',
  'plan.pager.next': 'Next chapter',
  'plan.principle': 'Principle',
  'plan.checklist': 'Checklist',
  'channels.title': 'Our channels',
  'channels.lead':
    'Every channel the municipality uses, with its purpose, audiences and how quickly we aim to answer. The website is the hub; the channels below send people on to it.',
  'channels.list': 'Channel register',
  'channels.platform': 'Platform',
  'channels.handle': 'Account',
  'channels.purpose': 'Purpose',
  'channels.audience': 'Audiences',
  'channels.responseTime': 'Response-time target',
  'channels.within': 'Within {time}',
  'channels.followers': 'Followers',
  'channels.asOf': 'as of',
  'channels.source': 'source:',
  'channels.link': 'Link',

  // --- recruitment: videos, professions and jobs ---

  // --- social: posts and consent to load embeds ---

  // --- search and feeds ---
};
