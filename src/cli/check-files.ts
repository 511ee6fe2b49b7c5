/**
 * `--file`: each file read in turn, each link found in it handed to `found` with the file's
 * path; a file that cannot be read is reported back, and the others are still checked.
 */
import { readFile } from 'node:fs/promises';
import type { CatalogueIndex } from '../recognise/catalogue-index';
import { linksInFile } from './files/links-in-file';
import { textLinkFinder } from './files/links-in-text';

export interface FileProblem {
  file: string;
  reason: string;
}

export interface FilesChecked {
  /** Files that could not be read: an error. */
  unreadable: FileProblem[];
  /** Files read, with no link in them: worth saying, not an error. */
  withoutLinks: string[];
}

const REASONS: Record<string, string> = { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'a folder, not a file' };

export async function checkFiles(files: readonly string[], index: CatalogueIndex, found: (link: string, file: string) => void): Promise<FilesChecked> {
  const findInText = textLinkFinder([...index.schemes.keys()]);
  const unreadable: FileProblem[] = [];
  const withoutLinks: string[] = [];
  for (const file of files) {
    try {
      const links = await linksInFile(file, await readFile(file), findInText);
      if (links.length === 0) withoutLinks.push(file);
      for (const link of links) found(link, file);
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      unreadable.push({ file, reason: (code && REASONS[code]) ?? message });
    }
  }
  return { unreadable, withoutLinks };
}
