import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Methodology } from './Methodology';
import { nextIndex } from './ProcessMap';
import { initialLifecycle, withLifecycle } from './lifecycleParam';
import { criteriaBlocks, templateHref } from './StageDetail';
import { lifecycleOf } from '../../domain/governance';
import type { LifecycleCode } from '../../domain/governance/vocabulary';
import type { IGuideStage, IMethodologyService } from '../../services/MethodologyService';
import { useTestLocale } from '../../../tools/jest/locale';

/** A service double: the real MethodologyService runs against the emulator in its own test. */
function service(over: Partial<Record<LifecycleCode, IGuideStage[]>> = {}): IMethodologyService & { calls: LifecycleCode[] } {
  const calls: LifecycleCode[] = [];
  return {
    calls,
    getGuide: async (lifecycle: LifecycleCode) => {
      calls.push(lifecycle);
      return over[lifecycle] ?? lifecycleOf(lifecycle).stages.map(stage => ({ stage, templates: [] }));
    }
  };
}

const prince2WithContent = (): IGuideStage[] => lifecycleOf('prince2').stages.map(stage => ({
  stage,
  content: stage.code === 'Initiation'
    ? { title: 'Initiating a project (PMO)', purpose: 'Lay the foundation.', roles: 'Executive, Project Manager', gateCriteria: 'Gate 1.\n– Business case approved', language: 'en' }
    : undefined,
  templates: stage.code === 'Initiation'
    ? [
      { id: 7, name: 'PID.docx', title: 'Project initiation documentation', url: '/sites/pmo/PmoTemplates/PID.docx', language: 'en' },
      { id: 8, name: 'PID-de.docx', title: 'Projektleitdokumentation', url: '/sites/pmo/PmoTemplates/PID-de.docx', language: 'de' }
    ]
    : []
}));

beforeEach(() => {
  useTestLocale('en-us');
  window.history.replaceState(null, '', '/sites/pmo/SitePages/Methodology.aspx');
});

describe('the methodology guide', () => {
  it('shows the PRINCE2 lifecycle as an ordered list of stages, each with the gate that ends it, the first stage selected', async () => {
    render(<Methodology methodology={service()} locale="en-us" siteUrl="https://contoso.sharepoint.com/sites/pmo" />);
    const map = await screen.findByRole('list', { name: 'Stages and gates of the PRINCE2 lifecycle' });
    expect(map.tagName).toBe('OL');
    const stages = within(map).getAllByRole('button');
    expect(stages.map(b => b.textContent)).toEqual(['Stage 1Starting up a project', 'Stage 2Initiating a project', 'Stage 3Delivery stages', 'Stage 4Closing a project']);
    expect(within(map).getAllByTestId('methodology-gate').map(g => g.textContent)).toEqual([
      '◆ Gate: Authorise initiation', '◆ Gate: Authorise the project', '◆ Gate: Stage boundary', '◆ Gate: Project closure'
    ]);
    expect(stages[0].getAttribute('aria-pressed')).toBe('true');
    // One tab stop, as the RAID heat map: the selected stage (the arrow keys move between them).
    expect(stages.map(b => b.tabIndex)).toEqual([0, -1, -1, -1]);
    expect(screen.getByTestId('methodology-announce').textContent).toBe('Starting up a project is shown.');
    // Without the PMO's text: PMO Hub's own purpose and the domain's roles, and the empty states.
    expect(screen.getByTestId('methodology-no-content')).toBeTruthy();
    expect(screen.getByTestId('methodology-purpose').textContent).toMatch(/^Make sure the prerequisites/);
    expect(screen.getByTestId('methodology-roles').textContent).toBe('Executive, Project Manager, Project Support');
    expect(screen.getByTestId('methodology-criteria-none')).toBeTruthy();
    expect(within(screen.getByTestId('methodology-products')).getAllByRole('listitem')[0].textContent).toBe('Project mandate');
    expect(screen.getByTestId('methodology-templates-empty')).toBeTruthy();
  });

  it('shows a stage chosen by click or by the arrow keys: the PMO\'s text, the required products and the templates with their language', async () => {
    render(<Methodology methodology={service({ prince2: prince2WithContent() })} locale="en-us" siteUrl="https://contoso.sharepoint.com/sites/pmo" />);
    const first = await screen.findByTestId('methodology-stage-StartingUp');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    const second = screen.getByTestId('methodology-stage-Initiation');
    expect(second.getAttribute('aria-pressed')).toBe('true');
    expect(first.getAttribute('aria-pressed')).toBe('false');
    expect(document.activeElement).toBe(second);
    expect(screen.getByTestId('methodology-announce').textContent).toBe('Initiating a project (PMO) is shown.');
    const detail = screen.getByTestId('methodology-detail');
    expect(within(detail).getByRole('heading', { level: 2 }).textContent).toBe('Initiating a project (PMO)');
    expect(screen.getByTestId('methodology-purpose').textContent).toBe('Lay the foundation.');
    // The PMO's lines: the lead as a paragraph, the "– " lines as the items of a list.
    const criteria = screen.getByTestId('methodology-criteria');
    expect(Array.from(criteria.children).map(c => [c.tagName, c.textContent])).toEqual([['P', 'Gate 1.'], ['UL', 'Business case approved']]);
    expect(within(criteria).getAllByRole('listitem').map(li => li.textContent)).toEqual(['Business case approved']);
    expect(within(screen.getByTestId('methodology-products')).getByText('Project initiation documentation')).toBeTruthy();
    const links = within(screen.getByTestId('methodology-templates')).getAllByRole('link');
    expect(links.map(a => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Project initiation documentation', 'https://contoso.sharepoint.com/sites/pmo/PmoTemplates/PID.docx'],
      ['Projektleitdokumentation', 'https://contoso.sharepoint.com/sites/pmo/PmoTemplates/PID-de.docx']
    ]);
    expect(screen.getAllByTestId('methodology-template').map(t => t.textContent)).toEqual([
      'Project initiation documentation (PID.docx)Language: English', 'Projektleitdokumentation (PID-de.docx)Language: German'
    ]);
    expect(screen.queryByTestId('methodology-no-content')).toBeNull();
    expect([first.tabIndex, second.tabIndex]).toEqual([-1, 0]);
    fireEvent.keyDown(second, { key: 'End' });
    expect(screen.getByTestId('methodology-stage-Closing').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByTestId('methodology-stage-Delivery'));
    expect(screen.getByTestId('methodology-detail').getAttribute('data-stage')).toBe('Delivery');
    expect(screen.getByText('Repeated for each delivery stage')).toBeTruthy();
  });

  it('switches to the agile lifecycle and remembers it in the address; ?lifecycle= wins over the property pane', async () => {
    const s = service();
    render(<Methodology methodology={s} locale="en-us" defaultLifecycle="hybrid" siteUrl="https://contoso.sharepoint.com/sites/pmo" />);
    await screen.findByRole('list', { name: 'Stages and gates of the Hybrid (PRINCE2 Agile) lifecycle' });
    expect(screen.getByTestId('methodology-stage-Delivery').textContent).toContain('Delivery in releases');
    fireEvent.click(screen.getByRole('radio', { name: 'Agile' }));
    const map = await screen.findByRole('list', { name: 'Stages and gates of the Agile lifecycle' });
    expect(within(map).getAllByRole('button').map(b => b.getAttribute('data-testid'))).toEqual(['Discovery', 'Alpha', 'Beta', 'Live'].map(c => `methodology-stage-${c}`));
    expect(new URLSearchParams(window.location.search).get('lifecycle')).toBe('agile');
    expect(s.calls).toEqual(['hybrid', 'agile']);
    expect(initialLifecycle('?lifecycle=AGILE', 'hybrid')).toBe('agile');
    expect(initialLifecycle('?lifecycle=waterfall', 'hybrid')).toBe('hybrid');
    expect(initialLifecycle('', 'nonsense')).toBe('prince2');
    expect(withLifecycle('https://x/sites/pmo/SitePages/Methodology.aspx?user=a#top', 'agile')).toBe('https://x/sites/pmo/SitePages/Methodology.aspx?user=a&lifecycle=agile#top');
  });

  it('says what went wrong and reads again on "Try again"', async () => {
    let fail = true;
    const s: IMethodologyService = { getGuide: async l => { if (fail) throw Object.assign(new Error('boom'), { status: 503 }); return lifecycleOf(l).stages.map(stage => ({ stage, templates: [] })); } };
    render(<Methodology methodology={s} locale="en-us" siteUrl="https://contoso.sharepoint.com/sites/pmo" />);
    const retry = await screen.findByRole('button', { name: /try again/i });
    fail = false;
    await act(async () => { fireEvent.click(retry); });
    await waitFor(() => expect(screen.getByTestId('methodology-map')).toBeTruthy());
  });

  it('speaks Italian: stage names, gates, products and the template language', async () => {
    useTestLocale('it-it');
    render(<Methodology methodology={service({ prince2: prince2WithContent() })} locale="it-it" siteUrl="https://contoso.sharepoint.com/sites/pmo" />);
    await screen.findByRole('list', { name: 'Fasi e gate del ciclo di vita PRINCE2' });
    expect(screen.getByTestId('methodology-stage-StartingUp').textContent).toBe('Fase 1Avvio del progetto');
    fireEvent.click(screen.getByTestId('methodology-stage-Initiation'));
    expect(screen.getAllByTestId('methodology-template')[1].textContent).toContain('Lingua: tedesco');
    expect(screen.getByText('Il PMO ha descritto questa fase solo in un’altra lingua.')).toBeTruthy();
  });

  it('moves with the arrow keys around the ends, and makes templates\' server-relative addresses absolute', () => {
    expect([nextIndex('ArrowRight', 3, 4), nextIndex('ArrowLeft', 0, 4), nextIndex('Home', 2, 4), nextIndex('End', 0, 4), nextIndex('a', 0, 4)]).toEqual([0, 3, 0, 3, undefined]);
    expect(templateHref('https://contoso.sharepoint.com/sites/pmo', { url: '/sites/pmo/PmoTemplates/a b.docx' })).toBe('https://contoso.sharepoint.com/sites/pmo/PmoTemplates/a%20b.docx');
  });
});

describe('the gate criteria as blocks', () => {
  it('splits the PMO\'s text on line breaks: "– " and "- " lines become the items of one list, other lines paragraphs', () => {
    expect(criteriaBlocks('Authorise the project? The board checks:\n– Business case approved\r\n- Risks logged\n\nThen the board decides.\n– Plan baselined')).toEqual([
      { kind: 'text', text: 'Authorise the project? The board checks:' },
      { kind: 'list', items: ['Business case approved', 'Risks logged'] },
      { kind: 'text', text: 'Then the board decides.' },
      { kind: 'list', items: ['Plan baselined'] }
    ]);
    expect(criteriaBlocks('One paragraph – with a dash inside.')).toEqual([{ kind: 'text', text: 'One paragraph – with a dash inside.' }]);
    expect(criteriaBlocks('')).toEqual([]);
  });
});
