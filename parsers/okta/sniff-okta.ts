/**
 * Recognizes Okta System Log events.
 */
import { isFlatOktaEvent, isNativeOktaEvent } from './okta-mapper.js';

/**
 * True for a native Okta `LogEvent` (eventType, published, actor object, uuid or outcome) or its
 * flattened Log Analytics form (eventType, published or TimeGenerated, actor_* / outcome_result).
 */
export function looksLikeOkta(record: unknown): boolean {
  return isNativeOktaEvent(record) || isFlatOktaEvent(record);
}
