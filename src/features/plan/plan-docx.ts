/**
 * The whole communication plan as a Word document, made from the same MDX as the pages: each
 * chapter's source is parsed into a Markdown syntax tree (with MDX and GFM tables) and walked
 * into `docx` paragraphs and tables. The plan's components become text a word processor can
 * keep: a checklist is a list with empty boxes, a template an indented block.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { List, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { changesNewestFirst, type PlanChange } from './plan-changes';
import { citeLaw, type LawEntry } from './laws';
import {
  factById,
  fillFacts,
  formatBaseline,
  formatFact,
  formatTargetValue,
  targetsOf,
  type PlanFacts,
} from './plan-facts';

/** A chapter as the document needs it: front matter and the MDX source of its body. */
export interface DocxChapter {
  id: string;
  title: string;
  summary: string;
  owner: string;
  lastReviewed: Date;
  example: boolean;
  changes: readonly PlanChange[];
  /** The MDX source after the front matter. */
  body: string;
}

/** What `<ChannelSummary id="…" />` shows, already worded. */
export interface DocxChannel {
  name: string;
  /** Label and value pairs, e.g. ["Formål", "…"]. */
  facts: readonly (readonly [string, string])[];
}

/** Labels the document uses, from the site's dictionary. */
export interface DocxLabels {
  contents: string;
  owner: string;
  updated: string;
  checklist: string;
  template: string;
  principle: string;
  changes: string;
  exampleNotice: string;
  generated: string;
}

/** Everything needed to write the document. */
export interface PlanDocxInput {
  title: string;
  lead: string;
  /** Name of the municipality, the document's author. */
  author: string;
  /** Absolute address of the site, for links written as site paths. */
  siteUrl: string;
  /** Address of the plan on the site, named on the first page. */
  planUrl: string;
  chapters: readonly DocxChapter[];
  channels: Readonly<Record<string, DocxChannel>>;
  labels: DocxLabels;
  /** Formats a date for the reader, e.g. "3. mars 2026". */
  formatDate: (date: Date) => string;
  /** The plan's numbers, for `<Fact>` and `<Targets>` (content/plan-facts.yaml). */
  facts?: PlanFacts;
  /** The laws `<Law>` cites (content/laws/), and the day that decides whether one is repealed. */
  laws?: { entries: readonly LawEntry[]; today: Date };
  /** Column headings of a `<Targets>` table: measure, target, baseline. */
  targetLabels?: readonly [string, string, string];
}

type Block = Paragraph | Table;

/** Everything a block needs to know while the tree is walked. */
interface Context {
  input: PlanDocxInput;
  /** Where the MDX came from, for error messages. */
  file: string;
  /** Numbered lists restart at 1: each gets its own numbering instance. */
  nextListInstance: () => number;
}

/** Text styles an inline node passes on to the runs inside it. */
interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
}

const numberedList = 'plan-numbered';
const checkbox = '☐';

/** Parses MDX source into a Markdown syntax tree, with GFM tables and MDX components. */
export function parseMdx(source: string): Root {
  return unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(source);
}

/** The value of a plain string attribute on an MDX component, or `undefined`. */
function attribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxAttribute' && attr.name === name && typeof attr.value === 'string') {
      return attr.value;
    }
  }
  return undefined;
}

/** A required string attribute, or an error naming the file, the component and the attribute. */
function requiredAttribute(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  name: string,
  ctx: Context,
): string {
  const value = attribute(node, name);
  if (!value?.trim()) {
    throw new Error(
      `${ctx.file}: <${node.name}> at line ${node.position?.start.line ?? '?'} needs ${name}="…" as plain text for the Word document.`,
    );
  }
  return value;
}

/** Absolute address for a link: site paths are resolved against the site. */
function linkTarget(url: string, ctx: Context): string {
  if (/^(https?:|mailto:|tel:)/i.test(url)) return url;
  return new URL(url, ctx.input.siteUrl).href;
}

/** Word runs for inline Markdown. */
function runs(
  nodes: readonly PhrasingContent[],
  ctx: Context,
  style: RunStyle = {},
): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text':
        return [textRun(node.value.replace(/\s*\n\s*/g, ' '), style)];
      case 'strong':
        return runs(node.children, ctx, { ...style, bold: true });
      case 'emphasis':
        return runs(node.children, ctx, { ...style, italics: true });
      case 'delete':
        return runs(node.children, ctx, { ...style, strike: true });
      case 'inlineCode':
        return [textRun(node.value, { ...style, code: true })];
      case 'break':
        return [new TextRun({ break: 1 })];
      case 'link':
        return [
          new ExternalHyperlink({
            link: linkTarget(node.url, ctx),
            children: [
              new TextRun({ text: toString(node), style: 'Hyperlink', bold: style.bold ?? false }),
            ],
          }),
        ];
      case 'mdxJsxTextElement':
        return inlineComponent(node, ctx, style);
      default:
        // Images and footnote references keep their text, which is what a reader of a copied
        // plan needs.
        return [textRun(toString(node), style)];
    }
  });
}

/** The facts of the plan, or an error naming the component that needs them. */
function factsFor(node: MdxJsxFlowElement | MdxJsxTextElement, ctx: Context): PlanFacts {
  if (!ctx.input.facts) {
    throw new Error(
      `${ctx.file}: <${node.name ?? ''}> needs the plan's numbers, which were not given.`,
    );
  }
  return ctx.input.facts;
}

/** `<Fact>` and `<Law>` as the words they show; any other inline component keeps its text. */
function inlineComponent(node: MdxJsxTextElement, ctx: Context, style: RunStyle): ParagraphChild[] {
  const line = node.position?.start.line ?? '?';
  switch (node.name) {
    case 'Fact': {
      const id = requiredAttribute(node, 'id', ctx);
      const fact = factById(
        factsFor(node, ctx),
        id,
        `${ctx.file}: <Fact id="${id}"> at line ${line}`,
      );
      return [textRun(formatFact(fact), style)];
    }
    case 'Law': {
      if (!ctx.input.laws)
        throw new Error(`${ctx.file}: <Law> needs the laws, which were not given.`);
      const id = requiredAttribute(node, 'id', ctx);
      const { entries, today } = ctx.input.laws;
      let citation;
      try {
        citation = citeLaw(entries, id, attribute(node, 'section'), today);
      } catch (error) {
        throw new Error(`${ctx.file}: line ${line}: ${(error as Error).message}`);
      }
      return [
        new ExternalHyperlink({
          link: citation.href,
          children: [new TextRun({ text: citation.text, style: 'Hyperlink' })],
        }),
      ];
    }
    default:
      return [textRun(toString(node), style)];
  }
}

/** A `<Targets>` table: one row per target, with its value and baseline. */
function targetsBlock(node: MdxJsxFlowElement, ctx: Context): Block[] {
  const facts = factsFor(node, ctx);
  const chapter = attribute(node, 'chapter');
  const rows = targetsOf(facts, chapter).map(([id, target]) => [
    fillFacts(target.measure, facts, `content/plan-facts.yaml, target "${id}"`),
    formatTargetValue(target),
    formatBaseline(target),
  ]);
  const header = ctx.input.targetLabels ?? ['', '', ''];
  const width = 3000;
  const cell = (text: string, bold: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
    });
  return [
    new Table({
      width: { size: 9000, type: WidthType.DXA },
      columnWidths: [width, width, width],
      rows: [
        new TableRow({ tableHeader: true, children: header.map((text) => cell(text, true)) }),
        ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text, false)) })),
      ],
    }),
    new Paragraph({ children: [] }),
  ];
}

function textRun(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text,
    bold: style.bold ?? false,
    italics: style.italics ?? false,
    strike: style.strike ?? false,
    ...(style.code ? { font: 'Courier New' } : {}),
  });
}

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** Paragraph options for an item of a list at `level` (0 = outermost). */
function listItemOptions(list: List, level: number, instance: number, checklist: boolean) {
  if (checklist) return { indent: { left: 360 + level * 360, hanging: 360 } };
  if (list.ordered) return { numbering: { reference: numberedList, level, instance } };
  return { bullet: { level } };
}

/** The paragraphs of a list, nested lists indented one level further. */
function listBlocks(list: List, ctx: Context, level: number, checklist: boolean): Block[] {
  const instance = ctx.nextListInstance();
  return list.children.flatMap((item) => {
    const out: Block[] = [];
    let first = true;
    for (const child of item.children) {
      if (child.type === 'list') {
        out.push(...listBlocks(child, ctx, level + 1, checklist));
      } else if (child.type === 'paragraph') {
        const prefix = checklist && first ? [new TextRun(`${checkbox} `)] : [];
        out.push(
          new Paragraph({
            ...listItemOptions(list, level, instance, checklist),
            children: [...prefix, ...runs(child.children, ctx)],
          }),
        );
        first = false;
      } else {
        out.push(...blocks([child], ctx));
      }
    }
    return out;
  });
}

/** A Markdown table as a Word table, the first row marked as the header. */
function tableBlock(table: MdTable, ctx: Context): Table {
  const columns = Math.max(1, ...table.children.map((row) => row.children.length));
  const width = Math.floor(9000 / columns);
  return new Table({
    width: { size: 9000, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => width),
    rows: table.children.map(
      (row, index) =>
        new TableRow({
          tableHeader: index === 0,
          children: Array.from({ length: columns }, (_, column) => {
            const cell = row.children[column];
            return new TableCell({
              width: { size: width, type: WidthType.DXA },
              children: [
                new Paragraph({
                  children: cell ? runs(cell.children, ctx, { bold: index === 0 }) : [],
                }),
              ],
            });
          }),
        }),
    ),
  });
}

/** A boxed block with a bold label and title, for principles and templates. */
function framed(label: string, title: string, children: Block[]): Block[] {
  const border = { style: BorderStyle.SINGLE, size: 12, color: '999999', space: 8 };
  return [
    new Paragraph({
      border: { left: border },
      indent: { left: 240 },
      spacing: { before: 240 },
      children: [new TextRun({ text: `${label}: ${title}`, bold: true })],
    }),
    ...children,
  ];
}

/** Word blocks for one MDX component. */
function componentBlocks(node: MdxJsxFlowElement, ctx: Context): Block[] {
  const { labels } = ctx.input;
  switch (node.name) {
    case 'Checklist': {
      const title = requiredAttribute(node, 'title', ctx);
      const items = node.children.flatMap((child) =>
        child.type === 'list' ? listBlocks(child, ctx, 0, true) : blocks([child], ctx),
      );
      return [
        new Paragraph({
          spacing: { before: 240 },
          keepNext: true,
          children: [new TextRun({ text: `${labels.checklist}: ${title}`, bold: true })],
        }),
        ...items,
      ];
    }
    case 'Principle':
      return framed(
        labels.principle,
        requiredAttribute(node, 'title', ctx),
        blocks(node.children, ctx),
      );
    case 'Template':
      return framed(
        labels.template,
        requiredAttribute(node, 'title', ctx),
        blocks(node.children, ctx),
      );
    case 'ChannelSummary': {
      const id = requiredAttribute(node, 'id', ctx);
      const channel = ctx.input.channels[id];
      if (!channel) {
        throw new Error(
          `${ctx.file}: <ChannelSummary id="${id}" /> names no channel in content/channels/.`,
        );
      }
      return [
        new Paragraph({
          spacing: { before: 240 },
          children: [new TextRun({ text: channel.name, bold: true })],
        }),
        ...channel.facts.map(
          ([label, value]) =>
            new Paragraph({
              indent: { left: 360 },
              children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
            }),
        ),
      ];
    }
    case 'Targets':
      return targetsBlock(node, ctx);
    case 'Fact':
    case 'Law':
      // On a line of its own the parser makes a block of it; it still reads as its words.
      return [
        new Paragraph({
          children: inlineComponent(node as unknown as MdxJsxTextElement, ctx, {}),
        }),
      ];
    default:
      throw new Error(
        `${ctx.file}: the Word document does not know the component <${node.name ?? ''}> at line ${node.position?.start.line ?? '?'}; expected Checklist, Principle, Template, ChannelSummary or Targets.`,
      );
  }
}

/** Word blocks for block-level Markdown. */
function blocks(nodes: readonly RootContent[], ctx: Context): Block[] {
  return nodes.flatMap((node): Block[] => {
    switch (node.type) {
      case 'heading': {
        const heading = headingLevels[Math.min(node.depth, 6) - 1] ?? HeadingLevel.HEADING_6;
        return [new Paragraph({ heading, children: runs(node.children, ctx) })];
      }
      case 'paragraph':
        return [new Paragraph({ children: runs(node.children, ctx) })];
      case 'list':
        return listBlocks(node, ctx, 0, false);
      case 'table':
        return [tableBlock(node, ctx), new Paragraph({ children: [] })];
      case 'blockquote':
        return blocks(node.children, ctx);
      case 'code':
        return node.value
          .split('\n')
          .map(
            (line) =>
              new Paragraph({ children: [new TextRun({ text: line, font: 'Courier New' })] }),
          );
      case 'mdxJsxFlowElement':
        return componentBlocks(node, ctx);
      case 'mdxjsEsm':
      case 'thematicBreak':
      case 'definition':
        return [];
      case 'mdxFlowExpression':
        throw new Error(
          `${ctx.file}: a {…} expression at line ${node.position?.start.line ?? '?'} cannot go into the Word document; expected plain Markdown or a plan component.`,
        );
      default:
        return [new Paragraph({ children: [new TextRun(toString(node))] })];
    }
  });
}

/** The Word blocks of one chapter body, its `##` headings as Heading 2. */
export function chapterBodyBlocks(
  body: string,
  file: string,
  input: PlanDocxInput,
  nextListInstance: () => number = counter(),
): Block[] {
  let tree: Root;
  try {
    tree = parseMdx(body);
  } catch (error) {
    throw new Error(
      `${file}: could not be read for the Word document: ${(error as Error).message}`,
    );
  }
  return blocks(tree.children, { input, file, nextListInstance });
}

function counter(): () => number {
  let n = 0;
  return () => ++n;
}

/** The title page, the list of chapters and every chapter, as one Word document. */
export function planDocument(input: PlanDocxInput): Document {
  const { labels } = input;
  const nextListInstance = counter();
  const contentsList = nextListInstance();
  const children: Block[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(input.title)] }),
    new Paragraph({ children: [new TextRun(input.lead)] }),
    new Paragraph({
      children: [
        new TextRun(`${labels.generated}: `),
        new ExternalHyperlink({
          link: input.planUrl,
          children: [new TextRun({ text: input.planUrl, style: 'Hyperlink' })],
        }),
      ],
    }),
    new Paragraph({
      spacing: { before: 240 },
      children: [new TextRun({ text: labels.contents, bold: true })],
    }),
    ...input.chapters.map(
      (chapter) =>
        new Paragraph({
          numbering: { reference: numberedList, level: 0, instance: contentsList },
          children: [new TextRun(chapter.title)],
        }),
    ),
  ];
  for (const chapter of input.chapters) {
    const file = `content/plan/${chapter.id}.mdx`;
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
        children: [new TextRun(chapter.title)],
      }),
      new Paragraph({ children: [new TextRun({ text: chapter.summary, italics: true })] }),
      new Paragraph({
        children: [
          new TextRun(
            `${labels.owner}: ${chapter.owner} · ${labels.updated}: ${input.formatDate(chapter.lastReviewed)}`,
          ),
        ],
      }),
    );
    if (chapter.example) {
      children.push(
        new Paragraph({
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'B8860B', space: 8 } },
          indent: { left: 240 },
          children: [new TextRun({ text: labels.exampleNotice, italics: true })],
        }),
      );
    }
    children.push(...chapterBodyBlocks(chapter.body, file, input, nextListInstance));
    if (chapter.changes.length > 0) {
      children.push(
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(labels.changes)] }),
        ...changesNewestFirst(chapter.changes).map(
          (change) =>
            new Paragraph({
              bullet: { level: 0 },
              children: [new TextRun(`${input.formatDate(change.date)}: ${change.summary}`)],
            }),
        ),
      );
    }
  }
  return new Document({
    creator: input.author,
    title: input.title,
    description: input.lead,
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 22 },
          paragraph: { spacing: { after: 120, line: 276 } },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: numberedList,
          levels: [0, 1, 2, 3].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 + level * 360, hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [{ children }],
  });
}

/** The plan as the bytes of a `.docx` file, stamped with `date` so that builds repeat. */
export async function planDocx(input: PlanDocxInput, date: Date): Promise<Uint8Array> {
  return stampDocx(new Uint8Array(await Packer.toBuffer(planDocument(input))), date);
}

/**
 * The same `.docx` with what changes from run to run made fixed: every clock time (in the
 * properties and on each file in the zip) set to `date`, and the random relationship ids the
 * library gives hyperlinks replaced by numbered ones. Two builds of the same content then give
 * the same bytes.
 */
export function stampDocx(bytes: Uint8Array, date: Date): Uint8Array {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const files = unzipSync(bytes);
  const rels = new TextDecoder().decode(files['word/_rels/document.xml.rels'] ?? new Uint8Array());
  const randomIds = [...rels.matchAll(/Id="(rId[^"]+)"/g)]
    .map((match) => match[1] ?? '')
    .filter((id) => !/^rId\d+$/.test(id));
  const out: Zippable = {};
  for (const [path, data] of Object.entries(files)) {
    let fixed = data;
    if (path.endsWith('.xml') || path.endsWith('.rels')) {
      let text = new TextDecoder().decode(data);
      randomIds.forEach((id, index) => {
        text = text.split(`"${id}"`).join(`"rIdLink${index + 1}"`);
      });
      if (path === 'docProps/core.xml') {
        text = text.replace(
          /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g,
          `$1${stamp}$2`,
        );
      }
      fixed = new TextEncoder().encode(text);
    }
    out[path] = [fixed, { mtime: date }];
  }
  return zipSync(out, { level: 9 });
}
