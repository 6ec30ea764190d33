/** A sheet's rows and columns around a cell, as the sheet lays them out (A, B, C… and row numbers), the cell marked. */
import type { SheetExcerpt } from './evidence-excerpt';

export function SheetTable({ sheet, label }: { sheet: SheetExcerpt; label?: string }) {
  return (
    <table className="evidence-sheet" aria-label={label}>
      <thead>
        <tr>
          <th />
          {sheet.columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sheet.rows.map((row) => (
          <tr key={row.number}>
            <th scope="row">{row.number}</th>
            {row.cells.map((cell, i) => (
              <td key={i}>{cell.marked ? <mark data-testid="evidence-highlight">{cell.text}</mark> : cell.text}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
