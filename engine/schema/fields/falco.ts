/**
 * Catalog entries of the Falco alerts reader's own fields (parsers/falco). The alert's output
 * fields, which use Falco's field names already, fill the common columns (proc.name, fd.name,
 * container.id, …, in catalog.ts) and are also kept as-is under `falco.field.<name>`
 * (`falco.field.proc.aname[2]`), reached with {@link falcoOutputField}.
 */
import type { FieldInfo } from '../../api.js';
import { attrField } from '../attr-field.js';

/** Prefix of the alerts' output fields kept as-is. */
export const FALCO_OUTPUT_FIELD_PREFIX = 'falco.field.';

/** Every fixed Falco alert field of the catalog, in display order. */
export const FALCO_FIELDS: readonly FieldInfo[] = [
  attrField('falco.rule', 'string', 'Name of the Falco rule that raised the alert'),
  attrField('falco.priority', 'string', 'Priority of the alert: Emergency, Alert, Critical, Error, Warning, Notice, Informational, Debug'),
  attrField('falco.source', 'string', 'Event source the rule ran on: syscall, k8s_audit, aws_cloudtrail, …'),
  attrField('falco.tags', 'string', 'Tags of the rule (mitre_*, container, shell, …)', { multi: true }),
  attrField('falco.hostname', 'string', 'Host that ran Falco (present when Falco writes it)'),
  attrField('falco.output', 'string', 'The alert text as Falco formatted it'),
];

/**
 * The entry of one output field of an alert as Falco wrote it (`proc.aname[2]`,
 * `container.image.repository`, `evt.arg.oldpath`): its value as text, under
 * `falco.field.<name>`.
 */
export function falcoOutputField(name: string): FieldInfo {
  return attrField(`${FALCO_OUTPUT_FIELD_PREFIX}${name}`, 'string', `Output field ${name} of the Falco alert, as Falco wrote it`);
}
