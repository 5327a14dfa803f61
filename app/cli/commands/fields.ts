import { FIELD_CATALOG } from '../../../engine/index.js';
import { EXIT_OK, type CliIo } from '../cli-io.js';

/** `ephemera fields`: the field catalog (name, type, description), one per line. */
export async function runFields(io: CliIo): Promise<number> {
  const width = Math.max(...FIELD_CATALOG.map((f) => f.name.length));
  await io.out(FIELD_CATALOG.map((f) => `${f.name.padEnd(width)}  ${f.type.padEnd(8)}  ${f.description}\n`).join(''));
  return EXIT_OK;
}
