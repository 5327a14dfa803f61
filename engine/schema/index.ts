export { FIELD_CATALOG, findField } from './catalog.js';
export { createEventsTableSql, createSourcesTableSql, sqlTypeOf } from './ddl.js';
export { DYNAMIC_PREFIXES, SOURCE_FIELDS, resolveDynamicField } from './fields/index.js';
