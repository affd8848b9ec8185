import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The one list of the platform assumptions (electron/simulator/ASSUMPTIONS.md, issue 16 point 8):
 * each row names the one file that owns it, and that file holds its `ASSUMPTION(id)` marker.
 */
const TABLE = 'electron/simulator/ASSUMPTIONS.md';
const SOURCES = new Set(['seed', 'doc', 'new-doc', 'guess']);
const MARKER = /ASSUMPTION\(([a-z0-9-]+)\)/g;

interface Row {
  id: string;
  assumption: string;
  source: string;
  owner: string;
}

function rows(): Row[] {
  return readFileSync(TABLE, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const cells = line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim());
      const unquote = (cell: string | undefined) => (cell ?? '').replace(/^`|`$/g, '');
      return {
        id: unquote(cells[0]),
        assumption: cells[1] ?? '',
        source: cells[2] ?? '',
        owner: unquote(cells[3]),
      };
    });
}

/** Every marker in the app's code (electron/, shared/, proto/), by id: the files holding it. */
function markersInCode(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx|proto)$/.test(name)) {
        for (const match of readFileSync(path, 'utf8').matchAll(MARKER)) {
          found.set(match[1]!, [...(found.get(match[1]!) ?? []), path]);
        }
      }
    }
  };
  ['electron', 'shared', 'proto'].forEach(walk);
  return found;
}

describe('the assumptions table', () => {
  const table = rows();
  const markers = markersInCode();

  it('has rows, each with an id, words, a known source and an owner', () => {
    expect(table.length).toBeGreaterThan(20);
    for (const row of table) {
      expect(row.id, JSON.stringify(row)).toMatch(/^[a-z0-9-]+$/);
      expect(row.assumption.length, row.id).toBeGreaterThan(20);
      expect(SOURCES, `${row.id}: source "${row.source}"`).toContain(row.source);
    }
    expect(new Set(table.map((row) => row.id)).size).toBe(table.length);
  });

  it.each(rows().map((row) => [row.id, row.owner]))(
    '%s: its owner %s exists and is the one place holding its marker',
    (id, owner) => {
      expect(existsSync(owner), `${owner} does not exist`).toBe(true);
      expect(readFileSync(owner, 'utf8')).toContain(`ASSUMPTION(${id})`);
      expect(markers.get(id)).toEqual([owner]);
    },
  );

  it('lists every marker the code holds', () => {
    const listed = new Set(table.map((row) => row.id));
    const missing = [...markers.keys()].filter((id) => !listed.has(id));
    expect(missing, `markers not in ${TABLE}`).toEqual([]);
  });

  it('notes where the 2026 docs differ from the seeds (<StartSay> and <Say>)', () => {
    const sayTag = table.find((row) => row.id === 'say-tag');
    expect(sayTag?.source).toBe('new-doc');
    expect(sayTag?.assumption).toMatch(/<StartSay>/);
    expect(sayTag?.assumption).toMatch(/<Say>/);
  });

  it('is what the README points to', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(TABLE);
  });
});
