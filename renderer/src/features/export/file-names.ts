/** `Alipay FY2020 audit trail 2025-11-23.csv`: the engagement's name made safe as a file name, what it holds, the day. */
export function exportFileName(engagementName: string, what: string, on: Date, extension = 'csv'): string {
  const safe = engagementName
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-')
    .replace(/^[\s.-]+|[\s.]+$/g, '')
    .slice(0, 120);
  return `${safe || 'Engagement'} ${what} ${on.toISOString().slice(0, 10)}.${extension}`;
}
