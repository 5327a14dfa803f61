import { escapeControl } from '../../components/format';
import { useSession, useSessionStore } from '../../state';

/** Messages about files and the app: errors naming the file, warnings, cancellations. */
export function Notices() {
  const session = useSessionStore();
  const notices = useSession((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" data-testid="notices">
      {notices.slice(-4).map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.level}`} role={notice.level === 'error' ? 'alert' : 'status'} data-testid="notice" data-level={notice.level}>
          <span className="notice-text">{escapeControl(notice.text)}</span>
          <button type="button" className="icon-button" title="Dismiss" onClick={() => session.dismissNotice(notice.id)}>×</button>
        </div>
      ))}
    </div>
  );
}
