/** Why the journal's folder refused a read or a write, in words that say what to do about it. */
export function fileSystemReason(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full; free some space';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied; check the folder belongs to you';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOENT':
      return 'it is not there';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
