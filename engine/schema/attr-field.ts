/**
 * Catalog entries for a source's own namespaced fields (ct.*, ka.*, gcp.*, …), which readers store
 * in the `attrs` column, MAP(VARCHAR, VARCHAR[]) keyed by the full field name.
 *
 * A single-valued field compiles to its first value, cast to the field's type; a multi-valued one
 * (`ka.user.groups`, `ka.req.pod.containers.image`, …) to the whole list, which the filter
 * compiles with list functions (`=`/`in` mean "any value", as in Falco).
 */
import type { FieldInfo } from '../api.js';

/** SQL string literal of a field name (names come from the catalog, not from users). */
function key(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A field stored under its own name in `attrs`. */
export function attrField(
  name: string, type: FieldInfo['type'], description: string, options: { readonly multi?: boolean } = {},
): FieldInfo {
  if (options.multi) return { name, type, description, sql: `attrs[${key(name)}]`, multi: true };
  const first = `attrs[${key(name)}][1]`;
  const sql = type === 'int' || type === 'time' || type === 'duration' ? `TRY_CAST(${first} AS BIGINT)`
    : type === 'bool' ? `TRY_CAST(${first} AS BOOLEAN)`
      : first;
  return { name, type, description, sql };
}
