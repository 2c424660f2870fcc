import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  cmsCollections,
  cmsConfig,
  editorConfig,
  filesOnlyCollections,
  nestedFieldPaths,
  type CmsField,
} from './cms-config';
import { collections } from '../../content.config';

type CollectionName = keyof typeof collections;

/** The collection's zod schema, with images standing in as their paths. */
function schemaOf(name: CollectionName): z.ZodType {
  const schema = collections[name].schema as z.ZodType | ((ctx: unknown) => z.ZodType);
  return typeof schema === 'function' ? schema({ image: () => z.string() }) : schema;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  in?: z.ZodType;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

/** Whether an entry may leave the field out (optional or with a default). */
function isOptional(schema: z.ZodType): boolean {
  return ['optional', 'default'].includes(defOf(schema).type);
}

/** The schema under optional, default and pipes (references, coercions). */
function core(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  if ((def.type === 'optional' || def.type === 'default') && def.innerType)
    return core(def.innerType);
  if (def.type === 'pipe' && def.in) return core(def.in);
  return schema;
}

/** The object shape of a schema, or of each object in a union merged into one. */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const inner = core(schema);
  const def = defOf(inner);
  if (def.type === 'object') return (inner as z.ZodObject).shape as Record<string, z.ZodType>;
  if (def.type === 'union' && def.options?.every((option) => shapeOf(option))) {
    return Object.assign({}, ...def.options.map((option) => shapeOf(option)));
  }
  return undefined;
}

/** The allowed values of an enum field (or of a list of them). */
function enumValues(schema: z.ZodType): string[] | undefined {
  const inner = core(schema);
  const def = defOf(inner);
  if (def.type === 'enum' && def.entries) return Object.values(def.entries).sort();
  if (def.type === 'array' && def.element) return enumValues(def.element);
  return undefined;
}

const optionValues = (field: CmsField) =>
  (field['options'] as { value: string }[] | undefined)?.map((o) => o.value).sort();

/** Every disagreement between a zod shape and the editor's fields, as readable lines. */
function differences(
  shape: Record<string, z.ZodType>,
  fields: CmsField[],
  where: string,
  optionalParts = false,
): string[] {
  const problems: string[] = [];
  const byName = new Map(fields.map((field) => [field.name, field]));
  for (const name of byName.keys()) {
    if (!(name in shape) && !(where.split('.').length === 1 && name === 'body')) {
      problems.push(`${where}.${name}: in the editor but not in the schema`);
    }
  }
  for (const [name, schema] of Object.entries(shape)) {
    const field = byName.get(name);
    const path = `${where}.${name}`;
    if (!field) {
      problems.push(`${path}: in the schema but not in the editor`);
      continue;
    }
    const required = field.required !== false;
    const expectRequired = !isOptional(schema) && !optionalParts;
    if (required !== expectRequired) {
      problems.push(
        `${path}: required is ${required} in the editor, ${expectRequired} in the schema`,
      );
    }
    const values = enumValues(schema);
    if (values) {
      expect(field.widget, `${path} widget`).toBe('select');
      const options = optionValues(field);
      if (JSON.stringify(options) !== JSON.stringify(values)) {
        problems.push(`${path}: editor allows ${options?.join(',')}, schema ${values.join(',')}`);
      }
      if (defOf(core(schema)).type === 'array' && field['multiple'] !== true) {
        problems.push(`${path}: a list of values, but the editor's select is not multiple`);
      }
    }
    const inner = core(schema);
    const nested = shapeOf(schema);
    const isUnion = defOf(inner).type === 'union';
    if (nested && Array.isArray(field['fields'])) {
      problems.push(...differences(nested, field['fields'] as CmsField[], path, isUnion));
    } else if (nested) {
      problems.push(`${path}: an object in the schema, but the editor has no fields for it`);
    }
    const element = defOf(inner).type === 'array' ? defOf(inner).element : undefined;
    const elementShape = element && shapeOf(element);
    if (elementShape) {
      problems.push(...differences(elementShape, (field['fields'] as CmsField[]) ?? [], path));
    }
  }
  return problems;
}

describe('the editor configuration', () => {
  it('has one collection per content collection, reading its folder', () => {
    const edited = Object.keys(collections).filter(
      (name) => !(filesOnlyCollections as readonly string[]).includes(name),
    );
    expect(cmsCollections.map((c) => c.name).sort()).toEqual(edited.sort());
    for (const collection of cmsCollections) {
      expect(collection.folder).toBe(`content/${collection.name}`);
    }
  });
});

describe.each(cmsCollections.map((c) => [c.name, c] as const))(
  'the editor collection %s',
  (name, collection) => {
    it('has every field of the schema with the same required flag and allowed values', () => {
      const shape = shapeOf(schemaOf(name as CollectionName));
      expect(shape, 'an object schema').toBeDefined();
      expect(differences(shape ?? {}, collection.fields, name)).toEqual([]);
    });

    it('gives every field a Norwegian label', () => {
      const labels = (fields: CmsField[]): string[] =>
        fields.flatMap((field) => [
          field.label,
          ...labels((field['fields'] as CmsField[] | undefined) ?? []),
        ]);
      for (const label of labels(collection.fields)) expect(label).toMatch(/\S/);
    });
  },
);

describe('the comparison itself', () => {
  const shape = {
    title: z.string(),
    kind: z.enum(['a', 'b']),
    note: z.string().optional(),
  };
  it.each([
    [
      'a field the editor lacks',
      [{ name: 'title', label: 'T', widget: 'string' }],
      'kind: in the schema but not in the editor',
    ],
    [
      'a wrong required flag',
      [
        { name: 'title', label: 'T', widget: 'string', required: false },
        { name: 'kind', label: 'K', widget: 'select', options: [{ value: 'a' }, { value: 'b' }] },
        { name: 'note', label: 'N', widget: 'string', required: false },
      ],
      'title: required is false',
    ],
    [
      'a missing allowed value',
      [
        { name: 'title', label: 'T', widget: 'string' },
        { name: 'kind', label: 'K', widget: 'select', options: [{ value: 'a' }] },
        { name: 'note', label: 'N', widget: 'string', required: false },
      ],
      'kind: editor allows a, schema a,b',
    ],
    [
      'a field the schema lacks',
      [
        { name: 'title', label: 'T', widget: 'string' },
        { name: 'kind', label: 'K', widget: 'select', options: [{ value: 'a' }, { value: 'b' }] },
        { name: 'note', label: 'N', widget: 'string', required: false },
        { name: 'extra', label: 'E', widget: 'string' },
      ],
      'extra: in the editor but not in the schema',
    ],
  ] as [string, CmsField[], string][])('finds %s', (_name, fields, problem) => {
    expect(differences(shape, fields, 'x').join('\n')).toContain(problem);
  });
});

describe('the configuration the editor starts with', () => {
  const config = editorConfig('http://localhost:4321');

  it('is the whole configuration, read from the script and not from config.yml', () => {
    expect(config).toMatchObject(cmsConfig());
    expect(config.load_config_file).toBe(false);
  });

  it('finds decap-server through the dev server, at the path its proxy forwards', () => {
    // astro dev answers /api/v1 without the slash with 404 before the proxy sees it.
    expect(config.local_backend.url).toBe('http://localhost:4321/api/v1/');
    expect(config.local_backend.allowed_hosts).toEqual(['localhost', '127.0.0.1']);
  });
});

describe('the nested fields the formats order by', () => {
  it("lists each nested field by its path, in the form's order", () => {
    const paths = nestedFieldPaths();
    expect(paths).toContain('image.src');
    const contact = ['contacts.name', 'contacts.title', 'contacts.phone', 'contacts.email'];
    expect(paths.filter((path) => path.startsWith('contacts.'))).toEqual(contact);
    expect(paths.every((path) => path.includes('.'))).toBe(true);
  });
});
