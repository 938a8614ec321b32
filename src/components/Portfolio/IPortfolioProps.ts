import type { IPortfolioService } from '../../services/PortfolioService';
import type { IControllingService } from '../../services/ControllingService';
import type { ExportCell } from '../../domain/portfolio';

/** The team a Teams tab runs in. */
export interface IPortfolioTeamsContext {
  /** Entra group id of the team (Teams' groupId). */
  groupId: string;
  /** The team's display name. */
  teamName: string;
  /** Teams theme; the host sets the colours (CSS variables and a Fluent ThemeProvider). */
  theme?: 'default' | 'dark' | 'contrast';
}

/** Writes a table as an .xlsx file and offers it for download. */
export type WorkbookWriter = (table: ExportCell[][], fileName: string, sheetName: string) => Promise<void>;

export interface IPortfolioProps {
  /** Reads the portfolio, saves views and projects, loads photos. */
  service: IPortfolioService;
  /** Absolute URL of the PMO site ("Open in SharePoint" and item links are built from it). */
  siteUrl: string;
  /** UI locale (en-us, de-de, …): dates, numbers and sorting follow it. */
  locale: string;
  /** Heading set in the property pane; the localized "Portfolio" when empty. */
  title?: string;
  /** Name of the saved view to start with; the built-in "All projects" when empty or not found. */
  defaultViewName?: string;
  /** Show the programme roll-up above the grid. */
  showRollup: boolean;
  /** Set when the web part runs as a Teams tab: the grid starts filtered to the team's programme or department. */
  teams?: IPortfolioTeamsContext;
  /** Writes the Excel file (default: write-excel-file in the browser, loaded on first use). */
  writeWorkbook?: WorkbookWriter;
  /** The controlling roll-up (earned value per programme and portfolio, RAG distribution) for the controlling view; none: no such view. */
  controlling?: IControllingService;
  /** Today as 'YYYY-MM-DD' (tests pin it); the browser's date when omitted. Milestones before it are overdue. */
  today?: string;
}
