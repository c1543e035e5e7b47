/**
 * Output folders and files are checked before the work that fills them: a folder that cannot
 * be made (a file of that name, no permission) or a file that cannot be written is a usage
 * error said at once, not an errno after minutes of runs.
 */
import { accessSync, constants, mkdirSync, writeFileSync } from 'node:fs';
import { cliMessage, UsageError } from './messages';

const reasonOf = (error: unknown) => {
  const e = error as NodeJS.ErrnoException;
  return e.code === 'EEXIST' || e.code === 'ENOTDIR'
    ? 'a file of that name is in the way'
    : e.code === 'EACCES' || e.code === 'EPERM'
      ? 'permission denied'
      : e.code === 'EISDIR'
        ? 'it is a folder'
        : e.code === 'ENOENT'
          ? 'its folder does not exist'
          : (e.message ?? String(error));
};

/** Makes the folder `dir` (and its parents) and checks that files can be written in it. */
export function prepareOutDir(dir: string, option = '--out'): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new UsageError(cliMessage.outDirUnusable(option, dir, reasonOf(error)));
  }
}

/** Writes `text` as the start of the file `file` (replacing it), as a usage error if it fails. */
export function startOutFile(file: string, text: string, option = '--out'): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new UsageError(cliMessage.outFileUnusable(option, file, reasonOf(error)));
  }
}
