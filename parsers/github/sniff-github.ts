/**
 * Recognizes GitHub organization / enterprise audit-log events.
 */
import { isGitHubAuditEvent } from './github-mapper.js';

/** True for an audit-log event (`action` such as `org.add_member`, actor, time, org/repo/user); false for webhook bodies. */
export function looksLikeGitHub(record: unknown): boolean {
  return isGitHubAuditEvent(record);
}
