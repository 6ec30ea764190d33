/** Why the file system refused a read or a write, in words that say what to do about it. */
export function fileSystemReason(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
      return 'the file does not exist';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied; check that it belongs to you';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full; free some space';
    case 'EROFS':
      return 'the disk is read-only';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
