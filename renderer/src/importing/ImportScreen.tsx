/**
 * Import: the user's CSV file(s), the column mapping of each, the rules, and the link (or the
 * deduplication of one file), evaluated against the truth column when every file has one.
 * The files are read in a worker, streamed; nothing leaves this computer.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { parseColumnMapping } from '../../../src/matching/io/columnMapping';
import {
  RULE_PRESET_NAMES,
  RULE_PRESETS,
  type RulePreset,
} from '../../../src/matching/linking/rulePresets';
import type { EngineClient } from '../engine/EngineClient';
import { formatCount, formatShare } from '../format';
import { ColumnMappingForm, FIELD_LABELS, type MappingDraft } from './ColumnMappingForm';
import { EXPORTED_PAIRS_LIMIT, type CsvLinkReport, type CsvReadProgress } from './csvLinkTypes';
import { useDesktopApi } from '../DesktopApiContext';
import { saveAs } from '../exports/saveText';
import { LinkReportView } from './LinkReportView';
import { guessMapping } from './guessMapping';
import { unusableRules } from './unusableRules';

interface LoadedFile {
  file: File;
  headers: string[];
  preview: string[][];
  mapping: MappingDraft;
}

const DEFAULT_RULES: RulePreset[] = ['tin-name-control', 'exact-name-dob'];

/**
 * What is wrong with a file's mapping, in the form's own words: the names problems are said
 * in the labels the user sees; anything else in the engine's words (as link-csv says it).
 */
function mappingProblem(loaded: LoadedFile): string | null {
  const m = loaded.mapping;
  const names = m.given !== undefined || m.surname !== undefined;
  if (m.fullName !== undefined && names)
    return `Map either "${FIELD_LABELS.fullName}" or "${FIELD_LABELS.given}" and "${FIELD_LABELS.surname}", not both.`;
  if (m.fullName === undefined && (m.given === undefined || m.surname === undefined))
    return `Choose the column of "${m.given === undefined ? FIELD_LABELS.given : FIELD_LABELS.surname}"${m.given === undefined && m.surname === undefined ? ` and of "${FIELD_LABELS.surname}"` : ''}, or one "${FIELD_LABELS.fullName}" column.`;
  try {
    parseColumnMapping(m, loaded.file.name);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Saves the declared pairs (as link-csv's pairs.csv) and the report with its settings (JSON). */
function ImportExports({ report, files }: { report: CsvLinkReport; files: readonly LoadedFile[] }) {
  const api = useDesktopApi();
  const [status, setStatus] = useState('');
  const base = files[0]?.file.name.replace(/\.(csv|tsv|txt)(\.gz)?$/i, '') ?? 'import';
  async function save(kind: 'csv' | 'json') {
    const { pairsCsv, ...rest } = report;
    const data =
      kind === 'csv'
        ? pairsCsv!
        : `${JSON.stringify(
            {
              command: 'import',
              version: await api.appVersion(),
              inputs: files.map((f) => ({ file: f.file.name, mapping: f.mapping })),
              ...rest,
            },
            null,
            2,
          )}\n`;
    try {
      const where = await saveAs(
        api,
        kind,
        `${base}-${kind === 'csv' ? 'pairs.csv' : 'report.json'}`,
        data,
      );
      setStatus(where ? `Saved ${where}` : '');
    } catch (error) {
      setStatus(`Could not save: ${(error as Error).message}`);
    }
  }
  return (
    <div className="export-bar">
      <button type="button" disabled={report.pairsCsv === null} onClick={() => void save('csv')}>
        Save pairs (CSV)
      </button>
      <button type="button" onClick={() => void save('json')}>
        Save report (JSON)
      </button>
      {report.pairsCsv === null && (
        <p className="note">
          {formatCount(report.declared)} declared pairs are more than the app saves (
          {formatCount(EXPORTED_PAIRS_LIMIT)}): use <code>namesake link-csv</code>, which streams
          them to a file.
        </p>
      )}
      <p role="status" className="note">
        {status}
      </p>
    </div>
  );
}

export function ImportScreen({
  engine,
  initialFiles,
}: {
  engine: EngineClient;
  initialFiles: readonly File[];
}) {
  const id = useId();
  const [files, setFiles] = useState<LoadedFile[]>([]);
  const [rules, setRules] = useState<RulePreset[]>(DEFAULT_RULES);
  const [progress, setProgress] = useState<CsvReadProgress | null>(null);
  const [report, setReport] = useState<CsvLinkReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const reportHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (report) reportHeading.current?.focus();
  }, [report]);

  async function load(chosen: readonly File[]) {
    setError(null);
    setNotice(null);
    setReport(null);
    try {
      const loaded = await Promise.all(
        chosen.slice(0, 2).map(async (file) => {
          const { headers, rows } = await engine.previewCsv(file);
          return { file, headers, preview: rows, mapping: guessMapping(headers, rows) };
        }),
      );
      setFiles(loaded);
      if (chosen.length > 2)
        setNotice(
          `${chosen.length} files were chosen; Import links two at most, so only ${chosen[0]!.name} and ${chosen[1]!.name} are loaded.`,
        );
    } catch (e) {
      // The files chosen replace those loaded before: none of the earlier ones is kept on
      // screen as if it were the one chosen.
      setFiles([]);
      setError((e as Error).message);
    }
  }

  useEffect(() => {
    if (initialFiles.length > 0) void load(initialFiles);
    // Only files dropped on the Start screen are loaded from outside.
  }, [initialFiles]);

  const problems = files.map(mappingProblem);
  const warnings = unusableRules(
    rules.map((name) => RULE_PRESETS[name]),
    files.map((f) => ({ name: f.file.name, mapping: f.mapping })),
  );
  const ready = files.length > 0 && problems.every((p) => p === null) && rules.length > 0;

  async function link() {
    const [left, right] = files;
    if (!left) return;
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      setReport(
        await engine.linkCsv(
          {
            left: left.file,
            right: right?.file ?? null,
            leftMapping: left.mapping,
            rightMapping: (right ?? left).mapping,
            rules,
            maxBadRows: 0.1,
          },
          setProgress,
        ),
      );
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <section aria-labelledby="import-title" className="import">
      <h1 id="import-title">Import your own files</h1>
      <p>
        Link two CSV files, or find the duplicates in one, with the same rules as the simulation;
        with a truth column in every file, see how many declared matches are the wrong person. Files
        are read on this computer and never sent anywhere.
      </p>
      <label htmlFor={`${id}-files`}>CSV files (one or two; .csv or .csv.gz)</label>{' '}
      <input
        id={`${id}-files`}
        type="file"
        multiple
        accept=".csv,.gz,.tsv,.txt,text/csv"
        data-testid="import-files"
        onChange={(e) => void load([...(e.currentTarget.files ?? [])])}
      />
      {files.map((f, i) => (
        <ColumnMappingForm
          key={`${f.file.name}-${i}`}
          file={f.file.name}
          headers={f.headers}
          preview={f.preview}
          mapping={f.mapping}
          problem={problems[i] ?? null}
          onChange={(mapping) => {
            // A report of other settings is not left on screen as if it were of these.
            setReport(null);
            setFiles(files.map((g, j) => (j === i ? { ...g, mapping } : g)));
          }}
        />
      ))}
      {files.length > 0 && (
        <fieldset className="rules">
          <legend>Rules (a pair is a match when any rule accepts it)</legend>
          {RULE_PRESET_NAMES.map((name) => (
            <label key={name} className="checkbox">
              <input
                type="checkbox"
                checked={rules.includes(name)}
                onChange={(e) => {
                  setReport(null);
                  setRules(
                    e.currentTarget.checked ? [...rules, name] : rules.filter((r) => r !== name),
                  );
                }}
              />{' '}
              {RULE_PRESETS[name].name}
            </label>
          ))}
        </fieldset>
      )}
      {files.length > 0 && warnings.length > 0 && (
        <ul className="warnings" data-testid="import-warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {files.length > 0 && (
        <button type="button" disabled={!ready || busy} onClick={() => void link()}>
          {files.length === 2
            ? `Link ${files[0]!.file.name} with ${files[1]!.file.name}`
            : `Find duplicates in ${files[0]!.file.name}`}
        </button>
      )}
      {progress && (
        <p role="status">
          Reading {progress.file}: {formatCount(progress.rows)} rows (
          {formatShare(progress.totalBytes > 0 ? progress.bytes / progress.totalBytes : 0, 0)})
        </p>
      )}
      {notice && (
        <p className="note" role="status" data-testid="import-notice">
          {notice}
        </p>
      )}
      {error && (
        <p className="error" role="alert" data-testid="import-error">
          {error}
        </p>
      )}
      {report && (
        <>
          <LinkReportView report={report} headingRef={reportHeading} />
          <ImportExports report={report} files={files} />
        </>
      )}
    </section>
  );
}
