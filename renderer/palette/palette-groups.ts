import { CATEGORIES, catalog } from '../../shared/catalog';
import type { Category, NodeDefinition } from '../../shared/catalog';

export interface PaletteGroup {
  category: Category;
  definitions: NodeDefinition[];
}

/**
 * The catalog grouped by category in the catalog's own order, keeping only the kinds whose title
 * contains `query` (ignoring case and surrounding spaces). Empty groups are left out.
 */
export function paletteGroups(query: string): PaletteGroup[] {
  const needle = query.trim().toLocaleLowerCase();
  const matches = catalog.filter((definition) =>
    definition.title.toLocaleLowerCase().includes(needle),
  );
  return CATEGORIES.map((category) => ({
    category,
    definitions: matches.filter((definition) => definition.category === category),
  })).filter((group) => group.definitions.length > 0);
}
