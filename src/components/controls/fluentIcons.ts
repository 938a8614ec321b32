import { registerIcons } from '@fluentui/react/lib/Styling';
import { GlobalSettings } from '@fluentui/react/lib/Utilities';
import { glyphSvg, type GlyphName } from './Glyph';

/**
 * Every icon name that a Fluent UI component PMO Hub uses can ask for, and every `iconName` PMO Hub
 * passes to one, drawn with PMO Hub's glyphs.
 * SharePoint pages register Fluent's icon font, a Teams tab and the local site do not: without
 * these, such icons render blank (a calendar's month arrows, a panel's close button) and Fluent
 * warns "The icon … was used but not registered". `src/components/controls/fluentIcons.test.ts`
 * scans the Fluent modules PMO Hub imports and fails when a name is missing here.
 * Names that the scan finds but that are not icons (component names in strings) are in
 * NOT_ICONS of that test, each with its reason.
 */
export const FLUENT_ICON_GLYPHS: Readonly<Record<string, GlyphName>> = {
  Add: 'add',
  Back: 'back',
  Blocked2: 'error',
  CalculatorMultiply: 'dismiss',
  Calendar: 'calendar',
  CalendarDay: 'calendar',
  Cancel: 'dismiss',
  CheckMark: 'check',
  ChevronDown: 'chevronDown',
  ChevronLeft: 'chevronLeft',
  ChevronRight: 'chevronRight',
  ChevronRightMed: 'chevronRight',
  ChevronUp: 'chevronUp',
  Clear: 'dismiss',
  Completed: 'success',
  Contact: 'person',
  Delete: 'delete',
  DoubleChevronDown: 'chevronDown',
  DoubleChevronUp: 'chevronUp',
  Event: 'calendar',
  Down: 'chevronDown',
  Edit: 'edit',
  ErrorBadge: 'error',
  Help: 'help',
  Hide: 'view',
  Info: 'info',
  More: 'more',
  Next: 'chevronRight',
  Previous: 'chevronLeft',
  RedEye: 'view',
  Search: 'search',
  SkypeArrow: 'chevronLeft',
  SkypeCheck: 'check',
  SkypeClock: 'refresh',
  SkypeMinus: 'dismiss',
  Up: 'chevronUp',
  Warning: 'warning'
};

/**
 * Registers the icons above that the page has not registered yet (SharePoint's own icon font keeps
 * its icons). Safe to call more than once. Call it at the top of a module that renders Fluent
 * components (FluentHost does): the controls are built as free of import side effects, so a bare
 * `import './fluentIcons'` would be dropped.
 */
export function ensureFluentIcons(): void {
  // Fluent keeps its icon registry in GlobalSettings under 'icons', by lower-case name. Reading it
  // there (not with getIcon, which warns about each missing name) tells what the page already has.
  const registered = GlobalSettings.getValue<Record<string, unknown>>('icons', {});
  const icons: Record<string, JSX.Element> = {};
  for (const name of Object.keys(FLUENT_ICON_GLYPHS)) {
    if (!registered[name.toLowerCase()]) icons[name] = glyphSvg(FLUENT_ICON_GLYPHS[name]);
  }
  if (Object.keys(icons).length) registerIcons({ icons }, { disableWarnings: true });
}

