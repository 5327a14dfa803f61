/**
 * Recognises a Kubernetes audit event (or an audit EventList) from one parsed JSON record.
 */

/**
 * True when `record` is clearly an `audit.k8s.io` Event or EventList: its apiVersion says so, or
 * (old exports without apiVersion) it has an auditID, a stage and a requestURI. A core `v1` Event
 * (kind Event, apiVersion v1) is not an audit event.
 */
export function looksLikeK8sAudit(record: unknown): boolean {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return false;
  const r = record as Record<string, unknown>;
  if (typeof r.apiVersion === 'string') {
    if (!r.apiVersion.startsWith('audit.k8s.io/')) return false;
    if (r.kind === 'EventList') return true;
    return r.kind === 'Event' || typeof r.auditID === 'string';
  }
  return r.apiVersion === undefined && (r.kind === undefined || r.kind === 'Event')
    && typeof r.auditID === 'string' && typeof r.stage === 'string' && typeof r.requestURI === 'string';
}
