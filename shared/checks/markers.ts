// Words that mark a figure's part in a calculation, Chinese and English: a total, a share, a
// change. Small closed classes of function words, not lists of metrics.

/** A stated total: `总排放量`, `合计`, `in total`, `Total`. */
export const TOTAL = /总|合计|共计|总计|total|overall|altogether|combined/i;

/** A share's cue in its sentence: `成功率`, `占`, `accounting for`, `of whom`, `, or 76.8%`. */
export const RATIO_CUE = /率|占|比例|比重|其中|accounting for|representing|account for|share|proportion|rate|of (?:them|whom|which|these|those)|,\s*or\s+\d|\(\s*\d[\d.]*\s*%|out of/i;

/** A change's direction: up or down. */
export const CHANGE_UP = /increase|grew|growth|rose|rise|up by|higher|增长|增加|提升|上升|提高|增/i;
export const CHANGE_DOWN = /decrease|declin|fell|fall|drop|down by|lower|reduc|下降|减少|降低|缩短|减/i;
