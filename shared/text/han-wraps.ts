/**
 * Chinese text a PDF line wrap parted, joined again (`，其⏎中清洁能源` → `，其中清洁能源`): a PDF wraps
 * Chinese lines anywhere, with no space. A break between other characters stays.
 */
export function joinHanWraps(text: string): string {
  // most slices hold no break: the test is far cheaper than the look-around replace (asked per figure)
  return text.includes('\n') ? text.replace(/(?<=[\u4e00-\u9fff])\n(?=[\u4e00-\u9fff])/g, '') : text;
}
