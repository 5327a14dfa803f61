import { useHost } from '../../bridge';

/** Which host serves the window, or that it is offline (dropped files still work). */
export function HostBadge() {
  const host = useHost();
  const text = host.status === 'connecting' ? 'host: connecting…'
    : host.status === 'online' ? `host: ${host.info?.host ?? host.kind}`
      : 'host offline — drop files to open them';
  return (
    <span className={`badge host-${host.status}`} data-testid="host-status" data-status={host.status} title={host.problem}>
      {text}
    </span>
  );
}
