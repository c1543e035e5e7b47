/**
 * The app: six screens as tabs (Start, Scenario, Results, Name check, Compare, Import), the
 * scenario being edited, the runs made in this session, and the run in progress.
 */
import { useEffect, useRef, useState } from 'react';
import { AboutDialog } from './app/AboutDialog';
import { RunStatusBar } from './app/RunStatusBar';
import { useReplayRunner } from './app/useReplayRunner';
import { CompareScreen } from './compare/CompareScreen';
import type { DesktopApi } from './desktopApi';
import { DesktopApiContext } from './DesktopApiContext';
import type { EngineClient } from './engine/EngineClient';
import { exportRun, type RunExport } from './exports/runExports';
import { saveAs } from './exports/saveText';
import { ImportScreen } from './importing/ImportScreen';
import { NameCheckScreen } from './namecheck/NameCheckScreen';
import { ResultsScreen } from './results/ResultsScreen';
import { openScenarioFile } from './scenario/openScenarioFile';
import type { Preset } from './scenario/presets';
import { quickDifferences, quickIsRegional, quickSettings } from './scenario/runSettings';
import { EditorScreen, type ScenarioDocument } from './scenario/EditorScreen';
import { StartScreen } from './start/StartScreen';
import { Tabs } from './Tabs';

const SCREENS = [
  { id: 'start', title: 'Start' },
  { id: 'editor', title: 'Scenario' },
  { id: 'results', title: 'Results' },
  { id: 'namecheck', title: 'Name check' },
  { id: 'compare', title: 'Compare' },
  { id: 'import', title: 'Import' },
] as const;
export type ScreenId = (typeof SCREENS)[number]['id'];

export interface AppProps {
  api: DesktopApi;
  engine: EngineClient;
  presets: readonly Preset[];
}

const MENU_EXPORTS: Partial<Record<string, RunExport>> = {
  exportFunnel: 'funnel',
  exportPairs: 'pairs',
  exportManifest: 'manifest',
  exportReport: 'reportPdf',
};

const presetDocument = (preset: Preset): ScenarioDocument => ({
  source: preset.id,
  title: preset.title,
  base: preset.scenario,
  draft: preset.scenario,
});

export function App({ api, engine, presets }: AppProps) {
  const [screen, setScreen] = useState<ScreenId>('start');
  // A screen opened by an action (a run finishing, Edit, a file opened) takes focus and starts
  // at its top, so keyboard and screen-reader users land on what they asked for; one chosen by
  // its tab keeps focus on the tab (the tabs pattern).
  const mainRef = useRef<HTMLElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const showScreen = (id: ScreenId) => {
    setScreen(id);
    setFocusRequest((n) => n + 1);
  };
  useEffect(() => {
    if (focusRequest === 0) return;
    document.scrollingElement?.scrollTo?.({ top: 0 });
    mainRef.current?.focus({ preventScroll: true });
  }, [focusRequest]);
  const [doc, setDoc] = useState<ScenarioDocument | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const [droppedCsv, setDroppedCsv] = useState<File[]>([]);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [menuStatus, setMenuStatus] = useState('');
  const runner = useReplayRunner(engine, api);
  const running = runner.status.kind === 'running';
  const latest = runner.runs.at(-1) ?? null;

  useEffect(() => {
    api.setDocumentState({
      name: doc?.title ?? 'Namesake',
      dirty: doc !== null && doc.draft !== doc.base,
    });
  }, [api, doc]);

  async function run(document: ScenarioDocument, scale: 'quick' | 'full') {
    const draft = scale === 'quick' ? quickSettings(document.draft) : document.draft;
    const title = scale === 'quick' ? `${document.title} (quick settings)` : document.title;
    const differences = scale === 'quick' ? quickDifferences(document.draft) : [];
    const settingsNote =
      differences.length > 0
        ? `Quick settings: ${differences.join('; ')}. Run at full scale for the scenario's own numbers.`
        : null;
    const regional = scale === 'quick' && quickIsRegional(document.draft);
    const done = await runner.start({
      title,
      source: document.source,
      draft,
      settingsNote,
      regional,
    });
    if (done) showScreen('results');
  }

  function openText(name: string, text: string) {
    try {
      const opened = openScenarioFile(name, text);
      setOpenError(null);
      setDoc({ source: opened.name, title: opened.title, base: opened.draft, draft: opened.draft });
      showScreen('editor');
    } catch (error) {
      setOpenError((error as Error).message);
    }
  }

  async function openFile(recentPath?: string) {
    const file =
      recentPath !== undefined
        ? await api.openRecentFile(recentPath)
        : await api.openTextFile({
            title: 'Open a scenario',
            filters: [{ name: 'Scenario', extensions: ['json'] }],
          });
    if (file) openText(file.name, file.text);
  }

  async function menuExport(kind: RunExport) {
    if (!latest) return setMenuStatus('Nothing to export yet: run a scenario first.');
    let status = await exportRun(api, latest, kind);
    // Where no PDF can be made (the web build), the report is saved as HTML instead.
    if (kind === 'reportPdf' && status.startsWith('This platform'))
      status = await exportRun(api, latest, 'reportHtml');
    setMenuStatus(status);
  }

  async function saveScenario() {
    if (!doc) return;
    const name = doc.source.endsWith('.json') ? doc.source : `${doc.source}.json`;
    await saveAs(api, 'json', name, `${JSON.stringify(doc.draft, null, 2)}\n`);
  }

  useEffect(
    () =>
      api.onMenuCommand((command, path) => {
        const exportKind = MENU_EXPORTS[command];
        if (exportKind) void menuExport(exportKind);
        else if (command === 'open') void openFile();
        else if (command === 'openRecent' && path !== undefined) void openFile(path);
        else if (command === 'new') showScreen('start');
        else if (command === 'save' || command === 'saveAs') void saveScenario();
        else if (command === 'about') setAboutOpen(true);
      }),
    [api, doc, latest],
  );

  let body;
  switch (screen) {
    case 'start':
      body = (
        <StartScreen
          presets={presets}
          openError={openError}
          running={running}
          onEdit={(preset) => {
            setDoc(presetDocument(preset));
            showScreen('editor');
          }}
          onRun={(preset, scale) => {
            const document = presetDocument(preset);
            setDoc(document);
            void run(document, scale);
          }}
          onOpenFile={() => void openFile()}
          onDropScenario={openText}
          onDropCsv={(files) => {
            setDroppedCsv(files);
            showScreen('import');
          }}
        />
      );
      break;
    case 'editor':
      body = (
        <EditorScreen
          doc={doc}
          running={running}
          onChange={(draft) => doc && setDoc({ ...doc, draft })}
          onReset={() => doc && setDoc({ ...doc, draft: doc.base })}
          onSave={() => void saveScenario()}
          onRun={(scale) => doc && void run(doc, scale)}
        />
      );
      break;
    case 'results':
      body = <ResultsScreen run={latest} />;
      break;
    case 'namecheck':
      body = <NameCheckScreen engine={engine} />;
      break;
    case 'compare':
      body = <CompareScreen runs={runner.runs} />;
      break;
    case 'import':
      body = <ImportScreen engine={engine} initialFiles={droppedCsv} />;
      break;
  }

  return (
    <DesktopApiContext.Provider value={api}>
      <header className="app-header">
        <span className="app-name">Namesake</span>
        <Tabs
          label="Screens"
          tabs={SCREENS}
          current={screen}
          onSelect={(id) => {
            setMenuStatus('');
            runner.dismissCancelled();
            setScreen(id);
          }}
        />
        <button type="button" className="about-button" onClick={() => setAboutOpen(true)}>
          About
        </button>
      </header>
      <RunStatusBar status={runner.status} onCancel={runner.cancel} />
      {menuStatus && (
        <p role="status" className="menu-status">
          {menuStatus}
        </p>
      )}
      <main
        ref={mainRef}
        id={`panel-${screen}`}
        role="tabpanel"
        aria-labelledby={`tab-${screen}`}
        tabIndex={-1}
      >
        {body}
      </main>
      {aboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
    </DesktopApiContext.Provider>
  );
}
