/** The rows of the Parameters table: every value as safe display text. */
import type { EventParam } from '../../../engine/api';
import { escapeControl } from '../../components/format';

export interface ParamRow {
  readonly key: string;
  readonly name: string;
  readonly type: string;
  readonly raw: string;
  readonly rendered: string;
  /** tooltip of the rendered value: where its state suffix came from */
  readonly renderedTitle?: string;
  /** tooltip of the raw value: its size, and that it was cut */
  readonly rawTitle: string;
}

/** Captured values are hostile: control and bidi characters are shown as escapes, never interpreted. */
export function paramRows(params: readonly EventParam[]): ParamRow[] {
  return params.map((param, i) => ({
    key: `${i}:${param.name}`,
    name: escapeControl(param.name),
    type: param.type,
    raw: escapeControl(param.raw) + (param.rawTruncated ? ' …' : ''),
    rendered: escapeControl(param.rendered),
    renderedTitle: param.suffixFromArgs ? 'the part in parentheses is the process/fd state at this event, as in evt.args' : undefined,
    rawTitle: `${param.length} byte${param.length === 1 ? '' : 's'}${param.rawTruncated ? ' (only the first 4 KiB shown)' : ''}`,
  }));
}
