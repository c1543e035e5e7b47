/** About: the version and the data sources (the desktop's Help → About). */
import { useEffect, useRef, useState } from 'react';
import { useDesktopApi } from '../DesktopApiContext';
import { DATA_SOURCES } from '../report/dataSources';

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const api = useDesktopApi();
  const [version, setVersion] = useState('');
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    void api.appVersion().then(setVersion);
    close.current?.focus();
  }, [api]);
  return (
    <div className="dialog-backdrop">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="about-title"
        className="dialog"
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <h2 id="about-title">About Namesake</h2>
        <p>Version {version}</p>
        <p>
          A record-matching simulator. Everything runs on this computer; no data leaves it. Data
          sources (datasets/SOURCES.md):
        </p>
        <ul>
          {DATA_SOURCES.map((s) => (
            <li key={s.file}>
              <code>{s.file}</code>: {s.from}
            </li>
          ))}
        </ul>
        <button type="button" ref={close} onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
