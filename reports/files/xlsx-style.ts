/** Shared look of the workbook: A4 page setup, CJK font, borders, and how a reviewed cell is marked. */
import type { AddWorksheetOptions, Cell, Worksheet, WorksheetView } from 'exceljs';
import type { ScoreOverride } from '../review-types.js';

/** 等线 is Excel's default zh-CN font; LibreOffice substitutes an installed CJK font (Noto CJK). */
export const FONT = { name: '等线', size: 10 } as const;
export const REVIEWED_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE699' } } as const;
export const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } } as const;
const THIN = { style: 'thin', color: { argb: 'FF808080' } } as const;
export const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;

/**
 * What a worksheet needs from its creation on: the streaming writer writes the sheet's head (frozen
 * panes, fit-to-page) when the sheet is added, so these cannot be set afterwards.
 */
export function sheetOptions(opts: { landscape?: boolean; views?: Partial<WorksheetView>[]; defaultRowHeight?: number } = {}): Partial<AddWorksheetOptions> {
  return {
    ...(opts.defaultRowHeight ? { properties: { defaultRowHeight: opts.defaultRowHeight } } : {}),
    ...(opts.views ? { views: opts.views } : {}),
    pageSetup: { paperSize: 9, orientation: opts.landscape ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  };
}

/** A4 (paperSize 9), fit to one page wide, header rows repeated on every printed page. */
export function a4(ws: Worksheet, opts: { landscape?: boolean; printArea: string; titleRows?: string }): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: opts.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printArea: opts.printArea,
    ...(opts.titleRows ? { printTitlesRow: opts.titleRows } : {}),
  };
  ws.headerFooter = { oddFooter: '&C第 &P 页，共 &N 页' };
}

/** Display width of a text in Excel's column units: CJK characters take two. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

/**
 * Neither Excel nor LibreOffice grows a row for wrapped text written by a library, so the height
 * is set from the longest cell: lines × 14 points.
 */
function fitHeight(ws: Worksheet, row: number, from: number, to: number): void {
  let lines = 1;
  for (let c = from; c <= to; c++) {
    const v = ws.getCell(row, c).value;
    if (typeof v !== 'string' || ws.getCell(row, c).isMerged) continue;
    const width = ws.getColumn(c).width ?? 10;
    lines = Math.max(lines, Math.ceil(textWidth(v) / (width * 1.15)));
  }
  if (lines > 1) ws.getRow(row).height = Math.min(lines, 8) * 14;
}

export function styleRow(ws: Worksheet, row: number, from: number, to: number, header = false): void {
  fitHeight(ws, row, from, to);
  for (let c = from; c <= to; c++) {
    const cell = ws.getCell(row, c);
    cell.border = BORDER;
    cell.font = header ? { ...FONT, bold: true } : FONT;
    cell.alignment = { vertical: 'middle', wrapText: true, ...(header ? { horizontal: 'center' } : {}) };
    if (header) cell.fill = HEADER_FILL;
  }
}

/** Fill colour plus a note saying who changed the value, when, from what and why. */
export function markReviewed(cell: Cell, o: ScoreOverride | undefined, fallback = '含人工复核的联络：本值由复核后的联络重新计算'): void {
  cell.fill = REVIEWED_FILL;
  cell.note = o ? `人工复核 ${o.reviewer} ${o.at}\n${o.old ?? '–'} → ${o.new ?? '不适用'}\n理由：${o.reason}` : fallback;
}

/** A title row merged across the table. */
export function title(ws: Worksheet, row: number, text: string, width: number): void {
  ws.mergeCells(row, 1, row, width);
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { ...FONT, size: 14, bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(row).height = 24;
}

/** Excel sheet names: ≤ 31 characters, none of : \ / ? * [ ]. */
export function sheetName(s: string): string {
  return s.replace(/[:\\/?*[\]]/g, '_').slice(0, 31);
}
