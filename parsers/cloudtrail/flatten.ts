/** JSON helpers of the CloudTrail reader. The attrs flattener is `parsers/common/flat-attrs.ts`. */

/** JSON text of a value, or null when it cannot be serialized (nesting too deep for the stack). */
export function safeStringify(value: unknown): string | null {
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    // RangeError from a pathologically nested value: the caller reports the field as missing
    return null;
  }
}
