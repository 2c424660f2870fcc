/**
 * The browser editor's configuration (Decap CMS), bundled into the editor's script
 * (`admin.ts`), so it reaches the editor whatever content type a server gives `.yml` files.
 * `src/pages/admin/config.yml.ts` writes the same as `/admin/config.yml` for reading. Every field of `src/content.config.ts` appears here with
 * the same name, required flag and allowed values; `src/features/editor/cms-config.test.ts` walks the
 * zod schemas and fails when the two disagree. Labels and hints are what the communication
 * staff read, so they are in Norwegian.
 */
import { languageSchema } from '../../core/schema-fields';
import { platformIds, platforms } from '../../core/embeds/platforms';
import { site } from '../../site.config';
import { byAgreementSwitch } from './cms-job-formats';

/** The municipality's mail domain, for the examples in the editor's hints. */
const mailDomain = site.contact.email.split('@')[1] ?? 'kommune.no';

/** schema.org employment types, in the order the job schema lists them. */
export const employmentTypeLabels = {
  FULL_TIME: 'Fast, heltid',
  PART_TIME: 'Deltid',
  TEMPORARY: 'Midlertidig (vikariat, engasjement)',
  INTERN: 'Lærling eller praksis',
  PER_DIEM: 'Tilkalling',
  OTHER: 'Annet',
} as const;

/** One field of an entry, as Decap CMS reads it. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  [option: string]: unknown;
}

/** One folder collection: all entries of a content collection. */
export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: 'mdx' | 'yaml';
  format: 'mdx-frontmatter' | 'job-mdx' | 'yaml-preserving';
  create: true;
  slug: string;
  identifier_field: string;
  summary?: string;
  media_folder: string;
  public_folder: string;
  sortable_fields?: string[];
  fields: CmsField[];
}

const languageLabels: Record<string, string> = { nb: 'Norsk bokmål', en: 'Engelsk' };
const languageOptions = languageSchema.options.map((value) => ({
  label: languageLabels[value] ?? value,
  value,
}));

const date = (name: string, label: string, hint: string): CmsField => ({
  name,
  label,
  widget: 'datetime',
  format: 'YYYY-MM-DD',
  date_format: 'DD.MM.YYYY',
  time_format: false,
  picker_utc: true,
  hint,
});
const text = (name: string, label: string, hint?: string): CmsField => ({
  name,
  label,
  widget: 'string',
  ...(hint ? { hint } : {}),
});
const optional = (field: CmsField): CmsField => ({ ...field, required: false });
const url = (name: string, label: string, hint: string): CmsField => ({
  name,
  label,
  widget: 'string',
  hint,
  pattern: ['^https://[^\\s/]+\\.[^\\s]+$', 'Skriv hele adressen, som begynner med https://'],
});
const relation = (name: string, label: string, collection: string, display: string, hint: string) =>
  ({
    name,
    label,
    widget: 'relation',
    collection,
    search_fields: [display],
    value_field: '{{slug}}',
    display_fields: [display],
    hint,
  }) satisfies CmsField;
const wholeNumber = (
  name: string,
  label: string,
  min: number,
  max: number | undefined,
  hint: string,
): CmsField => ({
  name,
  label,
  widget: 'number',
  value_type: 'int',
  min,
  ...(max === undefined ? {} : { max }),
  hint,
});
const textList = (name: string, label: string, item: string, hint: string): CmsField => ({
  name,
  label,
  widget: 'list',
  required: false,
  field: text('item', item),
  hint,
});
/**
 * The switch for "etter avtale" in a field the schema allows as an object or those words;
 * `src/features/editor/cms-job-formats.ts` writes the words when it is on.
 */
const byAgreementToggle = (label: string): CmsField => ({
  name: byAgreementSwitch,
  label,
  widget: 'boolean',
  required: false,
  default: false,
  hint: 'Slå på når dette avtales med den som blir ansatt. Feltene under skal da stå tomme.',
});
/** The job ad's facts (`src/features/recruitment/jobs/job-facts-schema.ts`), in the order an ad lists them. */
const jobFactFields: CmsField[] = [
  {
    name: 'positionSize',
    label: 'Stillingsprosent',
    widget: 'object',
    hint: 'For én stillingsstørrelse skriver du bare prosenten. Lyses flere stillinger av ulik størrelse ut sammen, skriv den minste og den største.',
    fields: [
      wholeNumber(
        'from',
        'Prosent (eller fra)',
        1,
        100,
        'Et helt tall fra 1 til 100, for eksempel 100.',
      ),
      optional(
        wholeNumber(
          'to',
          'Til prosent',
          1,
          100,
          'Bare for et spenn, for eksempel fra 50 til 100. Skal være større enn «Prosent (eller fra)».',
        ),
      ),
    ],
  },
  optional({
    ...wholeNumber(
      'positions',
      'Antall stillinger',
      1,
      undefined,
      'Hvor mange stillinger som lyses ut.',
    ),
    default: 1,
  }),
  {
    name: 'pay',
    label: 'Lønn',
    widget: 'object',
    hint: 'Fyll ut lønnstrinn, beløp i kroner i året, eller begge. Eller slå på «Lønn etter avtale».',
    fields: [
      byAgreementToggle('Lønn etter avtale'),
      optional(
        text(
          'scale',
          'Lønnstrinn eller stillingskode',
          'For eksempel «Lønnstrinn 45–52» eller «Stillingskode 7174».',
        ),
      ),
      optional(
        wholeNumber(
          'min',
          'Lønn fra (kroner i året)',
          1,
          undefined,
          'Hele kroner, for eksempel 520000.',
        ),
      ),
      optional(
        wholeNumber(
          'max',
          'Lønn til (kroner i året)',
          1,
          undefined,
          'Bare for et spenn. Står det tomt, gjelder «Lønn fra» som fast beløp.',
        ),
      ),
    ],
  },
  {
    name: 'start',
    label: 'Oppstart',
    widget: 'object',
    hint: 'Første arbeidsdag, eller slå på «Oppstart etter avtale».',
    fields: [
      byAgreementToggle('Oppstart etter avtale'),
      optional(date('date', 'Første arbeidsdag', 'Datoen den ansatte begynner.')),
    ],
  },
  optional(
    text(
      'workplace',
      'Arbeidsplass',
      'Det nøyaktige stedet, for eksempel «Tune sykehjem, avdeling 2». Uten denne vises enheten.',
    ),
  ),
  optional(text('reference', 'Referansenummer', 'Saks- eller referansenummeret søkerne oppgir.')),
  {
    name: 'contacts',
    label: 'Kontaktpersoner',
    label_singular: 'kontaktperson',
    widget: 'list',
    min: 1,
    hint: 'Hvem søkerne kan spørre om stillingen. Minst én, med telefon, e-post eller begge.',
    fields: [
      text('name', 'Navn på kontaktperson'),
      text('title', 'Rolle', 'For eksempel «Avdelingsleder».'),
      optional({
        ...text('phone', 'Telefon', 'Slik nummeret slås, for eksempel «+47 69 10 80 00».'),
        pattern: [
          '^\\+?[\\d ]{8,}$',
          'Skriv telefonnummeret med sifre og mellomrom, minst 8 sifre.',
        ],
      }),
      optional({
        ...text('email', 'E-post', `For eksempel «navn@${mailDomain}».`),
        pattern: [
          '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
          `Skriv en e-postadresse, for eksempel navn@${mailDomain}.`,
        ],
      }),
    ],
  },
  textList(
    'documents',
    'Dokumenter søknaden skal ha med',
    'Dokument',
    'Ett dokument per linje, for eksempel «CV» eller «Vitnemål og attester».',
  ),
  {
    name: 'policeCertificate',
    label: 'Krever politiattest',
    widget: 'boolean',
    required: false,
    default: false,
    hint: 'Slå på for stillinger i barnehage, skole, helse og omsorg der loven krever politiattest.',
  },
  textList(
    'qualifications',
    'Formelle krav',
    'Krav',
    'Krav loven setter, for eksempel studiepoeng i fagene for lærere. Ett krav per linje.',
  ),
];
const example: CmsField = {
  name: 'example',
  label: 'Eksempelinnhold',
  widget: 'boolean',
  required: false,
  default: false,
  hint: 'Slå på for innhold kommunen ikke har bekreftet. Siden viser da en merknad om at det er et eksempel.',
};
const imageWithAlt = (name: string, label: string, hint: string): CmsField => ({
  name,
  label,
  widget: 'object',
  hint,
  fields: [
    {
      name: 'src',
      label: 'Bildefil',
      widget: 'image',
      hint: 'Bildet lagres i samme mappe som oppføringen.',
    },
    {
      name: 'alt',
      label: 'Alternativ tekst',
      widget: 'string',
      hint: 'Hva bildet viser, for dem som bruker skjermleser. Skal aldri mangle.',
    },
  ],
});
/** A post's picture: an imported one may come without alt text, and is then a draft. */
const postImage: CmsField = {
  name: 'image',
  label: 'Bilde',
  widget: 'object',
  hint: 'Et bilde fra innlegget, om det har et.',
  fields: [
    {
      name: 'src',
      label: 'Bildefil',
      widget: 'image',
      hint: 'Bildet lagres i samme mappe som oppføringen.',
    },
    {
      name: 'alt',
      label: 'Alternativ tekst',
      widget: 'string',
      required: false,
      hint: 'Hva bildet viser, for dem som bruker skjermleser. Bare et utkast kan mangle den.',
    },
  ],
};
/** `draft`, which the sync sets on what it brings in before the site has all it needs. */
const draftField: CmsField = {
  name: 'draft',
  label: 'Utkast',
  widget: 'boolean',
  required: false,
  default: false,
  hint: 'Et utkast publiseres ikke. Slå av når det som mangler er ordnet.',
};
/** Where a synced entry came from, written by `npm run sync`; the form keeps it as it is. */
const sourceField: CmsField = {
  name: 'source',
  label: 'Kilde',
  widget: 'object',
  required: false,
  hint: 'Skrevet av synkroniseringen; la det stå som det er.',
  fields: [
    ['system', 'Kilde'],
    ['id', 'Id hos kilden'],
    ['url', 'Originalen'],
    ['fetchedAt', 'Sist endret av kilden'],
    ['fingerprint', 'Fingeravtrykk'],
  ].map(([name, label]) => ({ name: name!, label: label!, widget: 'hidden' })),
};
/** What `npm run sync` writes on an imported post: the draft flag, its reason, and where it came from. */
const syncedPostFields: CmsField[] = [
  {
    ...draftField,
    hint: 'Et utkast publiseres ikke. Slå av når det som står under «Hvorfor utkast» er ordnet.',
  },
  optional(text('draftReason', 'Hvorfor utkast', 'Det synkroniseringen fant som mangler.')),
  sourceField,
];
/**
 * MDX bodies are edited as plain text: a rich-text editor would escape the `<Component />`
 * tags and `import` lines the plan chapters depend on.
 */
const body = (label: string, hint: string): CmsField => ({
  name: 'body',
  label,
  widget: 'text',
  required: false,
  hint,
});

const mdxCollection = (
  name: string,
  label: string,
  singular: string,
  description: string,
  fields: CmsField[],
  extra: Partial<CmsCollection> = {},
): CmsCollection => ({
  name,
  label,
  label_singular: singular,
  description,
  folder: `content/${name}`,
  extension: 'mdx',
  format: 'mdx-frontmatter',
  create: true,
  slug: '{{slug}}',
  identifier_field: 'title',
  // Images live beside the entry, where the schema's image() looks for them.
  media_folder: '',
  public_folder: './',
  fields,
  ...extra,
});
const dataCollection = (
  name: string,
  label: string,
  singular: string,
  description: string,
  fields: CmsField[],
): CmsCollection => ({
  name,
  label,
  label_singular: singular,
  description,
  folder: `content/${name}`,
  extension: 'yaml',
  format: 'yaml-preserving',
  create: true,
  slug: '{{slug}}',
  identifier_field: 'name',
  media_folder: '',
  public_folder: './',
  fields,
});

/** The editor's collections, one per content collection, in the order the menu shows them. */
/**
 * Collections edited as files in the repository rather than in the browser editor: the plan's
 * numbers and the laws it cites change rarely and together with the chapters that use them
 * (docs/content.md, "The plan's numbers and laws").
 */
export const filesOnlyCollections = ['planFacts', 'laws'] as const;

export const cmsCollections: CmsCollection[] = [
  mdxCollection(
    'jobs',
    'Stillinger',
    'Stilling',
    'Ledige og avsluttede stillinger. Etter søknadsfristen vises stillingen som avsluttet.',
    [
      text('title', 'Tittel', 'Stillingstittelen slik den står i utlysningen.'),
      optional(
        text(
          'titleEn',
          'Tittel på engelsk',
          'Uten denne viser de engelske sidene den norske tittelen.',
        ),
      ),
      {
        ...text(
          'summary',
          'Sammendrag',
          'En eller to setninger om stillingen, til lister, søk og lenkeforhåndsvisninger.',
        ),
        widget: 'text',
      },
      optional({ ...text('summaryEn', 'Sammendrag på engelsk'), widget: 'text' }),
      text('department', 'Enhet', 'Enheten eller tjenesten stillingen hører til.'),
      text('location', 'Arbeidssted', `For eksempel «${site.shortName} sentrum».`),
      relation('profession', 'Yrke', 'professions', 'name', 'Velg yrket stillingen hører til.'),
      {
        name: 'employmentType',
        label: 'Ansettelsesform',
        widget: 'select',
        options: Object.entries(employmentTypeLabels).map(([value, label]) => ({ label, value })),
      },
      date('posted', 'Utlyst', 'Datoen stillingen ble lyst ut.'),
      date(
        'deadline',
        'Søknadsfrist',
        'Siste dag å søke. Etter denne datoen vises stillingen som avsluttet.',
      ),
      url('applicationUrl', 'Lenke til søknaden', 'Adressen til stillingen i søknadssystemet.'),
      optional(
        relation(
          'video',
          'Rekrutteringsvideo',
          'videos',
          'title',
          'En video om det samme yrket, om det finnes.',
        ),
      ),
      ...jobFactFields,
      example,
      optional(
        date(
          'withdrawn',
          'Trukket tilbake',
          'Dagen stillingen ble trukket tilbake i søknadssystemet før fristen. Skrives av synkroniseringen.',
        ),
      ),
      draftField,
      sourceField,
      body('Stillingsteksten', 'Skrives i Markdown: ### for mellomtitler, - for punktlister.'),
    ],
    {
      format: 'job-mdx',
      summary: '{{title}} – frist {{deadline}}',
      sortable_fields: ['title', 'deadline', 'posted'],
    },
  ),
  mdxCollection(
    'videos',
    'Rekrutteringsvideoer',
    'Rekrutteringsvideo',
    'Videoer på YouTube. Teksten under er transkripsjonen.',
    [
      text('title', 'Tittel'),
      optional(text('titleEn', 'Tittel på engelsk')),
      { ...text('description', 'Beskrivelse'), widget: 'text' },
      optional({ ...text('descriptionEn', 'Beskrivelse på engelsk'), widget: 'text' }),
      {
        ...text('youtubeId', 'YouTube-ID', 'De 11 tegnene etter v= i YouTube-adressen.'),
        pattern: ['^[A-Za-z0-9_-]{11}$', 'Skriv de 11 tegnene etter v= i YouTube-adressen.'],
      },
      relation('profession', 'Yrke', 'professions', 'name', 'Velg yrket videoen handler om.'),
      {
        ...text('duration', 'Lengde', 'Skrives som PT2M30S (2 minutter 30 sekunder) eller PT45S.'),
        pattern: [
          '^PT(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?$',
          'Skriv lengden som PT2M30S eller PT45S.',
        ],
      },
      date('uploadDate', 'Publisert på YouTube', 'Datoen videoen ble lagt ut.'),
      imageWithAlt('poster', 'Stillbilde', 'Vises til den besøkende trykker på spill av.'),
      { name: 'language', label: 'Språk i videoen', widget: 'select', options: languageOptions },
      {
        name: 'captions',
        label: 'Teksting',
        widget: 'select',
        multiple: true,
        options: languageOptions,
        hint: 'Norsk teksting er påkrevd for offentlige virksomheter.',
      },
      {
        name: 'audioDescription',
        label: 'Synstolking',
        widget: 'object',
        hint: 'Fyll ut enten lenken til en synstolket versjon eller hvorfor det ikke trengs.',
        fields: [
          optional(
            url('url', 'Lenke til synstolket versjon', 'Adressen til versjonen med synstolking.'),
          ),
          optional({
            ...text(
              'notNeededReason',
              'Hvorfor synstolking ikke trengs',
              'For eksempel at alt som vises, også blir sagt.',
            ),
            widget: 'text',
          }),
        ],
      },
      example,
      draftField,
      sourceField,
      body('Transkripsjon', 'Alt som blir sagt i videoen. Skrives i Markdown.'),
    ],
  ),
  mdxCollection(
    'posts',
    'Innlegg fra kanalene',
    'Innlegg',
    'Innlegg fra kommunens sosiale kanaler. Teksten under er innleggets tekst.',
    [
      relation('channel', 'Kanal', 'channels', 'name', 'Kanalen innlegget ble publisert i.'),
      optional(
        url(
          'url',
          'Lenke til innlegget',
          'Adressen til selve innlegget på plattformen, ikke til profilen. Bare et utkast kan mangle den.',
        ),
      ),
      date('date', 'Dato', 'Datoen innlegget ble publisert.'),
      optional(postImage),
      example,
      ...syncedPostFields,
      body('Teksten i innlegget', 'Skrives i Markdown.'),
    ],
    {
      identifier_field: 'url',
      summary: '{{channel}} – {{date}}',
      slug: '{{year}}-{{month}}-{{day}}-{{channel}}',
    },
  ),
  mdxCollection('news', 'Nyheter', 'Nyhet', 'Nyhetssaker fra kommunen.', [
    text('title', 'Tittel'),
    {
      ...text('summary', 'Sammendrag', 'En eller to setninger til lister, søk og RSS.'),
      widget: 'text',
    },
    date('date', 'Dato', 'Publiseringsdatoen.'),
    optional(imageWithAlt('image', 'Bilde', 'Et bilde øverst i saken.')),
    example,
    body('Brødtekst', 'Skrives i Markdown.'),
  ]),
  mdxCollection(
    'plan',
    'Kommunikasjonsplanen',
    'Kapittel',
    'Kapitlene i kommunikasjonsplanen. Komponenter som <Checklist> og import-linjene øverst må stå urørt.',
    [
      text('title', 'Tittel'),
      {
        ...text('summary', 'Sammendrag', 'En eller to setninger til oversikten og søket.'),
        widget: 'text',
      },
      {
        name: 'order',
        label: 'Rekkefølge',
        widget: 'number',
        value_type: 'int',
        min: 1,
        hint: 'Kapittelets plass i planen, fra 1.',
      },
      text('owner', 'Ansvarlig', 'Rollen som holder kapittelet oppdatert.'),
      date('lastReviewed', 'Sist gjennomgått', 'Datoen kapittelet sist ble kontrollert.'),
      {
        name: 'changes',
        label: 'Endringer',
        label_singular: 'endring',
        widget: 'list',
        required: false,
        hint: 'Endringslogg for kapittelet: hver endring med dato og én setning om hva som ble endret. Vises på kapittelet, i oversikten og i nyhetsstrømmen.',
        fields: [
          date('date', 'Dato for endringen', 'Datoen endringen ble gjort.'),
          {
            ...text('summary', 'Hva ble endret', 'Én setning leseren av planen forstår.'),
            widget: 'text',
          },
        ],
      },
      example,
      body(
        'Kapittelteksten (MDX)',
        'Markdown med komponenter. La import-linjene øverst og taggene som <Checklist> stå som de er.',
      ),
    ],
    { sortable_fields: ['order', 'title'] },
  ),
  dataCollection('channels', 'Kanaler', 'Kanal', 'Kommunens kanaler i sosiale medier.', [
    text('name', 'Navn', `For eksempel «${site.name} på Facebook».`),
    {
      name: 'platform',
      label: 'Plattform',
      widget: 'select',
      options: platformIds.map((value) => ({ label: platforms[value].name, value })),
    },
    url('url', 'Lenke til kanalen', 'Adressen til selve kanalen på plattformen.'),
    text(
      'handle',
      'Brukernavn',
      `Kontonavnet slik plattformen viser det, for eksempel «@${site.name.toLowerCase().replace(/[^a-zæøå0-9]/g, '')}».`,
    ),
    { ...text('purpose', 'Formål', 'Hva kommunen bruker kanalen til.'), widget: 'text' },
    {
      name: 'audience',
      label: 'Målgrupper',
      widget: 'list',
      min: 1,
      field: text('group', 'Målgruppe'),
      hint: 'Hvem kanalen når. Minst én.',
    },
    {
      name: 'responseTimeHours',
      label: 'Svartid (timer)',
      widget: 'number',
      value_type: 'float',
      min: 0,
      hint: 'Målet for hvor raskt spørsmål i kanalen besvares.',
    },
    {
      name: 'followers',
      label: 'Følgere',
      widget: 'list',
      required: false,
      hint: 'Antall følgere, hvert tall med datoen det gjaldt.',
      fields: [
        { name: 'count', label: 'Antall', widget: 'number', value_type: 'int', min: 0 },
        date('date', 'Dato', 'Datoen tallet gjaldt.'),
        optional(text('source', 'Kilde', 'Hvor tallet kommer fra.')),
      ],
    },
    {
      name: 'order',
      label: 'Rekkefølge',
      widget: 'number',
      value_type: 'int',
      min: 0,
      required: false,
      default: 100,
      hint: 'Plassen i oversikter; lavest først.',
    },
    example,
  ]),
  dataCollection('professions', 'Yrker', 'Yrke', 'Yrkene kommunen rekrutterer til.', [
    text('name', 'Navn', 'For eksempel «Sykepleier».'),
    text('nameEn', 'Navn på engelsk', 'For eksempel «Nurse».'),
    { ...text('description', 'Beskrivelse', 'En kort introduksjon til arbeidet.'), widget: 'text' },
    { ...text('descriptionEn', 'Beskrivelse på engelsk'), widget: 'text' },
    example,
  ]),
];

/**
 * The paths of every nested field of the collections (`contacts.name`, `image.src`), in the
 * form's order. Decap hands a file format only the top-level fields' order; with these the
 * formats keep nested objects in the form's order too.
 */
export function nestedFieldPaths(collections: readonly CmsCollection[] = cmsCollections): string[] {
  const walk = (fields: readonly CmsField[], prefix: string): string[] =>
    fields.flatMap((field) => {
      const children = [
        ...(Array.isArray(field['fields']) ? (field['fields'] as CmsField[]) : []),
        ...(field['field'] ? [field['field'] as CmsField] : []),
      ];
      const path = `${prefix}${field.name}`;
      return [...(prefix ? [path] : []), ...walk(children, `${path}.`)];
    });
  return [...new Set(collections.flatMap((collection) => walk(collection.fields, '')))];
}

/** The whole configuration as `/admin/config.yml` shows it. */
export function cmsConfig() {
  return {
    // The team's repository host; README "Editing in the browser" says how to connect it.
    backend: {
      name: site.repository.host,
      repo: site.repository.name,
      branch: site.repository.branch,
    },
    // Every change goes through a branch and a pull request, where CI builds the site.
    publish_mode: 'editorial_workflow',
    locale: 'nb_no',
    site_url: '/',
    display_url: '/',
    logo_url: '/logo.svg',
    media_folder: 'public/media',
    public_folder: '/media',
    collections: cmsCollections,
  };
}

/**
 * The configuration the editor at `origin` starts with: all of `cmsConfig()`, no request for
 * `config.yml`, and the local backend of `npx decap-server`.
 */
export function editorConfig(origin: string) {
  return {
    ...cmsConfig(),
    load_config_file: false,
    // `npx decap-server` on the editor's own machine, reached through the same origin: `astro
    // dev` proxies /api/v1/ to it (astro.config.mjs). The trailing slash matters: with
    // `trailingSlash: 'always'` the dev server answers /api/v1 with 404 before its proxy sees
    // it. The editor only asks for the local backend on localhost, so the published site never
    // does.
    local_backend: {
      url: `${origin}/api/v1/`,
      allowed_hosts: ['localhost', '127.0.0.1'],
    },
  };
}
