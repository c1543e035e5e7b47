import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { desktopApi } from './desktop';
import { startEngineWorker } from './engine/WorkerEngineClient';
import { PRESETS } from './scenario/presets';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App api={desktopApi()} engine={startEngineWorker()} presets={PRESETS} />
    </StrictMode>,
  );
}
