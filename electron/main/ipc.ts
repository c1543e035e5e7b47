/**
 * The main-process end of the DesktopApi: one handler per IPC channel. Each checks that the
 * message comes from the app's own page (security.ts) and validates its argument before the
 * desktop does anything with it — the renderer is treated as untrusted input.
 */
import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import { z } from 'zod';
import type { DocumentState, FileFilter, OpenedFile } from '../../renderer/src/desktopApi';
import { IpcChannel } from '../common/ipcChannels';

const MAX_NAME = 255;
const MAX_PATH = 4096;
/** A report page to print: charts as inline SVG make it large, but not this large. */
const MAX_REPORT_HTML = 64 * 1024 * 1024;

const FileFilterSchema = z.object({
  name: z.string().max(MAX_NAME),
  extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16}(\.[A-Za-z0-9]{1,16})?)$/)).max(20),
});

export const OpenTextFileRequest = z.object({
  title: z.string().max(MAX_NAME),
  filters: z.array(FileFilterSchema).max(20),
});
export const SaveFileRequest = z.object({
  // A name, not a path: the dialog decides the folder.
  suggestedName: z
    .string()
    .min(1)
    .max(MAX_NAME)
    .regex(/^[^/\\\0]+$/),
  filters: z.array(FileFilterSchema).max(20),
  data: z.union([z.string(), z.instanceof(Uint8Array)]),
  path: z.string().min(1).max(MAX_PATH).optional(),
});
export const FilePath = z.string().min(1).max(MAX_PATH);
export const ReportHtml = z.string().max(MAX_REPORT_HTML);
export const DocumentStateSchema = z.object({ name: z.string().max(MAX_NAME), dirty: z.boolean() });

export type SaveFileOptions = z.infer<typeof SaveFileRequest>;

/** What the desktop does for each DesktopApi call; `sender` is the calling page. */
export interface DesktopHandlers {
  appVersion(): string;
  openTextFile(
    sender: WebContents,
    options: { title: string; filters: FileFilter[] },
  ): Promise<OpenedFile | null>;
  openRecentFile(sender: WebContents, path: string): Promise<OpenedFile | null>;
  recentFiles(): string[];
  saveFile(sender: WebContents, options: SaveFileOptions): Promise<string | null>;
  printToPdf(html: string): Promise<Uint8Array | null>;
  setDocumentState(sender: WebContents, state: DocumentState): void;
}

export type SenderCheck = (event: IpcMainEvent | IpcMainInvokeEvent) => boolean;

export class UntrustedSenderError extends Error {
  constructor(channel: string, url: string | undefined) {
    super(`Refused ${channel} from ${url ?? 'an unknown frame'}: not the app's own page.`);
    this.name = 'UntrustedSenderError';
  }
}

export function registerIpcHandlers(
  ipc: IpcMain,
  handlers: DesktopHandlers,
  isTrusted: SenderCheck,
): void {
  const handle = <T>(
    channel: string,
    schema: z.ZodType<T> | null,
    answer: (event: IpcMainInvokeEvent, argument: T) => unknown,
  ) =>
    ipc.handle(channel, (event, argument: unknown) => {
      if (!isTrusted(event)) throw new UntrustedSenderError(channel, event.senderFrame?.url);
      return answer(event, (schema ? schema.parse(argument) : undefined) as T);
    });

  handle(IpcChannel.appVersion, null, () => handlers.appVersion());
  handle(IpcChannel.openTextFile, OpenTextFileRequest, (event, options) =>
    handlers.openTextFile(event.sender, options),
  );
  handle(IpcChannel.openRecentFile, FilePath, (event, path) =>
    handlers.openRecentFile(event.sender, path),
  );
  handle(IpcChannel.recentFiles, null, () => handlers.recentFiles());
  handle(IpcChannel.saveFile, SaveFileRequest, (event, options) =>
    handlers.saveFile(event.sender, options),
  );
  handle(IpcChannel.printToPdf, ReportHtml, (_event, html) => handlers.printToPdf(html));

  ipc.on(IpcChannel.setDocumentState, (event, argument: unknown) => {
    const state = DocumentStateSchema.safeParse(argument);
    if (isTrusted(event) && state.success) handlers.setDocumentState(event.sender, state.data);
  });
}
