/**
 * No dead text: every bokmål key is asked for somewhere in the code. The compiler checks the other
 * direction (a key the code asks for exists: i18next's CustomTypeOptions and `TextKey`). A key counts as
 * used when the source names it, with or without its namespace, or builds it from a typed template
 * whose fixed part leads to it (`domain:services.${service}` uses every `services.*` key).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../i18n';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function leaves(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name === 'locales') return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the locales', () => {
  it('hold no key that the code never asks for', () => {
    const code = ['client/src', 'server/src', 'shared/src'].flatMap((dir) => sources(join(ROOT, dir))).map((file) => readFileSync(file, 'utf8')).join('\n');
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const unused: string[] = [];
    for (const [namespace, tree] of Object.entries(resources.nb)) {
      for (const leaf of leaves(tree)) {
        const key = leaf.replace(/_(zero|one|two|few|many|other)$/, '');
        const named = new RegExp(`['\`](${escape(namespace)}:)?${escape(key)}['\`]`).test(code);
        const parts = key.split('.');
        // A template's fixed part: `services.${…}` or `checklist.before.${…}.label`.
        const built = parts.slice(1).some((_, i) => code.includes(`${parts.slice(0, i + 1).join('.')}.\${`));
        if (!named && !built) unused.push(`${namespace}:${key}`);
      }
    }
    expect(unused).toEqual([]);
  });
});
