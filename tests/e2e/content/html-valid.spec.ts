import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { currentSite, htmlFiles } from '../site';

const vnuJar: string = createRequire(import.meta.url)('vnu-jar');

test('every built HTML page is valid according to the W3C Nu HTML Checker', () => {
  test.setTimeout(300_000);
  const files = htmlFiles().map((file) => join(currentSite().dir, file));
  let report: string;
  try {
    execFileSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    report = '{"messages":[]}';
  } catch (error) {
    const failure = error as { stderr?: string; stdout?: string };
    report = failure.stderr || failure.stdout || '';
    if (!report.trim().startsWith('{')) throw error;
  }
  const messages = (
    JSON.parse(report) as { messages: { url: string; message: string; lastLine?: number }[] }
  ).messages;
  const errors = messages.map(
    (m) => `${m.url.replace(`file:${currentSite().dir}`, '')}:${m.lastLine ?? '?'} ${m.message}`,
  );
  expect(errors).toEqual([]);
});
