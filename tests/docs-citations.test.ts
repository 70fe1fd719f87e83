// The repository stands on its own: nothing in it points at notes that live outside it, and every
// `docs/<file>.md §n` a comment cites names a numbered heading that exists, so a maintainer who clones the
// repository can follow every reference. Inside docs/ a bare `§n` means a section of the same file.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '..');
const self = path.relative(root, here).split(path.sep).join('/');
const docsDir = path.join(root, 'docs');

// Built from parts so that this file does not name them itself.
const outside = [
  ['COCOON', 'WORKER', 'PROTOCOL'].join('-'),
  ['COCOON', 'DELTA'].join('-'),
  ['ENGINE', 'FACTS'].join('-'),
  ['TON', 'FACTS'].join('-'),
  ['ARCHITECTURE', 'md'].join('.'),
  ['..', 'shared'].join('/'),
  ['/work', 'shared'].join('/'),
];
const binary = /\.(png|jpe?g|gif|ico|icns|gguf|woff2?|ttf|zip|gz|wasm|node|boc)$/i;
const codeFolders = /^(src|main|renderer|tests|perf|scripts|bin|contracts)\//;

/** Files of the repository: tracked and untracked-but-not-ignored, as git sees them; a walk without git. */
function repositoryFiles(): string[] {
  let names: string[];
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    names = out.split('\0').filter((n) => n !== '');
  } catch {
    names = walk('');
  }
  return [...new Set(names)].filter(
    (n) => !binary.test(n) && existsSync(path.join(root, n)) && statSync(path.join(root, n)).isFile(),
  );
}

function walk(dir: string): string[] {
  const skip = new Set(['.git', 'node_modules', 'dist', 'test-results']);
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir === '' ? e.name : `${dir}/${e.name}`;
    if (e.isDirectory()) return skip.has(e.name) ? [] : walk(rel);
    return e.isFile() ? [rel] : [];
  });
}

function readText(rel: string): string | null {
  const buf = readFileSync(path.join(root, rel));
  if (buf.length > 4 << 20 || buf.includes(0)) return null;
  return buf.toString('utf8');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

interface Doc {
  sections: Set<string>;
  anchors: Set<string>;
}

function readDocs(): Map<string, Doc> {
  const docs = new Map<string, Doc>();
  for (const name of readdirSync(docsDir).filter((n) => n.endsWith('.md'))) {
    const doc: Doc = { sections: new Set(), anchors: new Set() };
    for (const line of readFileSync(path.join(docsDir, name), 'utf8').split('\n')) {
      const h = /^#{1,6}\s+(.+?)\s*$/.exec(line);
      if (!h?.[1]) continue;
      doc.anchors.add(slug(h[1]));
      const n = /^(\d+(?:\.\d+)*)[.\s]/.exec(h[1]);
      if (n?.[1]) doc.sections.add(n[1]);
    }
    docs.set(name.slice(0, -3), doc);
  }
  return docs;
}

/** Every problem with the `docs/…` and `§n` references on one line. */
function citationProblems(rel: string, line: string, docs: Map<string, Doc>): string[] {
  const own = rel.startsWith('docs/') && rel.endsWith('.md') ? path.basename(rel, '.md') : null;
  let current: string | null = own; // the document a bare § refers to on this line
  const problems: string[] = [];
  for (const m of line.matchAll(/(?<![\w./-])docs\/([A-Za-z0-9_-]+)\.md|\bRFC ?\d+|§ ?(\d+(?:\.\d+)*)/g)) {
    if (m[1] !== undefined) {
      current = m[1];
      if (!docs.has(m[1])) problems.push(`docs/${m[1]}.md does not exist`);
    } else if (m[2] === undefined) {
      current = 'RFC';
    } else if (current === null) {
      problems.push(`bare §${m[2]}: say which file, e.g. docs/protocol.md §${m[2]}`);
    } else if (current !== 'RFC' && docs.get(current)?.sections.has(m[2]) === false) {
      problems.push(`docs/${current}.md has no section ${m[2]}`);
    }
  }
  return problems;
}

/** Relative links of a Markdown file whose target file or heading anchor is missing. */
function brokenLinks(rel: string, text: string, docs: Map<string, Doc>): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = m[1] ?? '';
    if (/^[a-z]+:/i.test(target)) continue;
    const [file = '', anchor] = target.split('#');
    const resolved = file === '' ? rel : path.posix.normalize(path.posix.join(path.posix.dirname(rel), file));
    if (!existsSync(path.join(root, resolved))) {
      problems.push(`${rel}: link to missing ${resolved}`);
      continue;
    }
    const doc = resolved.startsWith('docs/') ? docs.get(path.basename(resolved, '.md')) : undefined;
    if (anchor && doc && !doc.anchors.has(anchor))
      problems.push(`${rel}: no heading #${anchor} in ${resolved}`);
  }
  return problems;
}

describe('the repository stands on its own', () => {
  const files = repositoryFiles();
  const docs = readDocs();
  const texts = files.flatMap((rel) => {
    const text = rel === self ? null : readText(rel); // its own examples below are meant to fail
    return text === null ? [] : [{ rel, text }];
  });

  it('has the notes the code cites', () => {
    for (const name of ['architecture', 'protocol', 'engine', 'money', 'model-store'])
      expect(docs.has(name), name).toBe(true);
    expect(texts.length).toBeGreaterThan(100);
  });

  it('names no file outside it', () => {
    const found = texts.flatMap(({ rel, text }) =>
      text
        .split('\n')
        .flatMap((line, i) =>
          outside.filter((name) => line.includes(name)).map((name) => `${rel}:${i + 1} names ${name}`),
        ),
    );
    expect(found).toEqual([]);
  });

  it('cites only sections that exist, always saying which document', () => {
    const found = texts.flatMap(({ rel, text }) =>
      text
        .split('\n')
        .flatMap((line, i) => citationProblems(rel, line, docs).map((p) => `${rel}:${i + 1}: ${p}`)),
    );
    expect(found).toEqual([]);
  });

  it('links Markdown files and headings that exist', () => {
    const found = texts
      .filter(({ rel }) => rel.endsWith('.md'))
      .flatMap(({ rel, text }) => brokenLinks(rel, text, docs));
    expect(found).toEqual([]);
  });

  it('says what a comment means instead of who will do it', () => {
    const found = texts
      .filter(({ rel }) => codeFolders.test(rel))
      .flatMap(({ rel, text }) =>
        text
          .split('\n')
          .flatMap((line, i) => (/\bthe lead(?:'s)?\b(?! time)/i.test(line) ? [`${rel}:${i + 1}`] : [])),
      );
    expect(found).toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    expect(citationProblems('src/x.ts', '// see §4.5', docs)).toHaveLength(1);
    expect(citationProblems('src/x.ts', '// (docs/protocol.md §4.5 and §99)', docs)).toEqual([
      'docs/protocol.md has no section 99',
    ]);
    expect(citationProblems('src/x.ts', '// (docs/nowhere.md)', docs)).toHaveLength(1);
    expect(citationProblems('src/x.ts', '// (RFC 9110 §13.1.5)', docs)).toEqual([]);
    expect(citationProblems('docs/protocol.md', 'as §4.5 says', docs)).toEqual([]);
    expect(brokenLinks('docs/architecture.md', '[x](protocol.md#no-such-heading)', docs)).toHaveLength(1);
  });
});
