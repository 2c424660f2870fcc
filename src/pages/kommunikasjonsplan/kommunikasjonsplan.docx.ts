import type { APIRoute } from 'astro';
import { channelsInOrder, planChapters } from '../../core/content/collections';
import { describeResponseTime } from '../../features/social/channels';
import { fill } from '../../core/fill';
import { formatDate, useTranslations } from '../../core/i18n';
import { platforms } from '../../core/embeds/platforms';
import { latestDate } from '../../features/plan/chapters';
import { planDocx, type DocxChannel } from '../../features/plan/plan-docx';
import { paths } from '../../core/urls';
import { site } from '../../site.config';
import { buildDate } from '../../core/build-date';
import { lawEntries, planFacts } from '../../features/plan/plan-data';

const t = useTranslations('nb');

/** The whole plan as a Word document, made at build time from the chapters' MDX. */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const base = siteUrl?.href ?? site.siteUrl;
  const channels: Record<string, DocxChannel> = Object.fromEntries(
    (await channelsInOrder()).map(({ id, data }) => [
      id,
      {
        name: data.name,
        facts: [
          [t('channels.platform'), platforms[data.platform].name],
          [t('channels.purpose'), data.purpose],
          [t('channels.audience'), data.audience.join(', ')],
          [
            t('channels.responseTime'),
            fill(t('channels.within'), { time: describeResponseTime(data.responseTimeHours) }),
          ],
          [t('channels.link'), data.url],
        ],
      },
    ]),
  );
  const chapters = await planChapters();
  // The document is as new as the latest review or change, not as the build. Without chapters,
  // the earliest date a zip file can hold (1980), since the epoch is outside its range.
  const stamp =
    latestDate(
      chapters.flatMap(({ data }) => [data.lastReviewed, ...data.changes.map((c) => c.date)]),
    ) ?? new Date(Date.UTC(1980, 0, 1));
  const bytes = await planDocx(
    {
      title: `${t('plan.title')} – ${site.name}`,
      lead: t('plan.lead'),
      author: site.name,
      siteUrl: base,
      planUrl: new URL(paths.plan, base).href,
      chapters: chapters.map(({ id, data, body }) => ({
        id,
        title: data.title,
        summary: data.summary,
        owner: data.owner,
        lastReviewed: data.lastReviewed,
        example: data.example,
        changes: data.changes,
        body: body ?? '',
      })),
      channels,
      labels: {
        contents: t('plan.print.contents'),
        owner: t('plan.owner'),
        updated: t('date.updated'),
        checklist: t('plan.checklist'),
        template: t('plan.template'),
        principle: t('plan.principle'),
        changes: t('plan.changes'),
        exampleNotice: t('example.notice'),
        generated: t('plan.docx.generated'),
      },
      formatDate: (date) => formatDate(date, 'nb'),
      facts: await planFacts(),
      laws: { entries: await lawEntries(), today: buildDate() },
      targetLabels: [
        t('plan.targets.measure'),
        t('plan.targets.value'),
        t('plan.targets.baseline'),
      ],
    },
    stamp,
  );
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    },
  });
};
