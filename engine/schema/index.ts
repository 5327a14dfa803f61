export { FIELD_CATALOG, findField } from './catalog.js';
export { createEventsTableSql, createSourcesTableSql, sqlTypeOf } from './ddl.js';
