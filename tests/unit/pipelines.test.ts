// The ready pipelines (.github/workflows/*.yml, .gitlab-ci.yml) are checked with a validator of
// their format, and every script they call exists, so a municipality that copies them gets
// pipelines that start.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow, type ValidationError } from '@action-validator/core';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repo = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(repo, path), 'utf8');

const workflows = readdirSync(join(repo, '.github/workflows'))
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => `.github/workflows/${name}`);
const pipelineFiles = [...workflows, '.gitlab-ci.yml'];

/** Each error of action-validator as one line, with the nested alternatives' details. */
function describeErrors(errors: ValidationError[]): string[] {
  return errors.flatMap((error) => [
    `${'path' in error ? error.path : ''} ${error.title}${error.detail ? `: ${error.detail}` : ''}`,
    ...('states' in error && error.states
      ? error.states.flatMap((state) => describeErrors(state.errors))
      : []),
  ]);
}

/** `npm run x` and `npm test` in a pipeline's text, as script names. */
export function npmScriptsCalled(text: string): string[] {
  const scripts = [...text.matchAll(/\bnpm run ([\w:.-]+)/g)].map((match) => match[1] as string);
  if (/\bnpm test\b/.test(text)) scripts.push('test');
  return [...new Set(scripts)];
}

/** Files the pipelines run directly (`node file`, `bash file`). */
function filesRun(text: string): string[] {
  return [...text.matchAll(/\b(?:node|bash) ((?:\.ci|src|tests)\/[\w./-]+)/g)].map(
    (match) => match[1] as string,
  );
}

describe('the GitHub workflows', () => {
  it('exist for publishing, pull requests and the sync', () => {
    expect(workflows).toEqual(
      expect.arrayContaining([
        '.github/workflows/publish.yml',
        '.github/workflows/pull-request.yml',
        '.github/workflows/sync.yml',
      ]),
    );
  });

  it.each(workflows)('%s passes action-validator', (path) => {
    expect(describeErrors(validateWorkflow(read(path)).errors)).toEqual([]);
  });

  it('action-validator reports a misspelt key (so the check above can fail)', () => {
    const broken = read('.github/workflows/publish.yml').replace('runs-on:', 'runs_on:');
    expect(describeErrors(validateWorkflow(broken).errors).join('\n')).toMatch(/runs_on/);
  });

  it('build nightly at both UTC hours that can be midnight in Oslo, and on pushes to main', () => {
    const publish = parse(read('.github/workflows/publish.yml'));
    expect(publish.on.schedule.map((entry: { cron: string }) => entry.cron)).toEqual([
      '15 22 * * *',
      '15 23 * * *',
    ]);
    expect(publish.on.push.branches).toEqual(['main']);
  });
});

describe('.gitlab-ci.yml', () => {
  const schema = JSON.parse(read('tests/fixtures/pipelines/gitlab-ci.schema.json'));
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const errors = (value: unknown) =>
    validate(value)
      ? []
      : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);

  it('passes GitLab’s published schema', () => {
    expect(errors(parse(read('.gitlab-ci.yml')))).toEqual([]);
  });

  it('the schema reports a misspelt key (so the check above can fail)', () => {
    const broken = parse(read('.gitlab-ci.yml').replace('  script:\n', '  scripts:\n'));
    expect(errors(broken).join('\n')).toMatch(/additional properties/);
  });
});

describe.each(pipelineFiles)('%s', (path) => {
  const text = read(path);
  const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> };

  // `npm run sync` arrives with the sync; until package.json has it, this test says so.
  it.each(npmScriptsCalled(text))('calls "npm run %s", a script of package.json', (name) => {
    expect(Object.keys(scripts)).toContain(name);
  });

  it.each(filesRun(text))('runs %s, which exists', (file) => {
    expect(existsSync(join(repo, file))).toBe(true);
  });
});

describe('npmScriptsCalled', () => {
  it.each([
    ['npm run build && npm test', ['build', 'test']],
    ['npm run check:live -- https://example.org', ['check:live']],
    ['npm install --no-audit', []],
  ])('%s', (text, expected) => {
    expect(npmScriptsCalled(text)).toEqual(expected);
  });
});
