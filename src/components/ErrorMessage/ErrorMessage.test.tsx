import * as React from 'react';
import { render, screen, fireEvent } from '@testing-library/react';
import { ErrorMessage } from './ErrorMessage';
import { useTestLocale } from '../../../tools/jest/locale';

const forbidden = new Error('Error making HttpClient request in queryable [403] Forbidden ::> {"odata.error":{"code":"-2147024891, System.UnauthorizedAccessException","message":{"lang":"en-US","value":"Access denied."}}}');

describe('ErrorMessage', () => {
  afterEach(() => useTestLocale('en-us'));

  it('says what a 403 means for the user, then SharePoint\'s message', async () => {
    render(<ErrorMessage error={forbidden} />);
    await screen.findByText(/You do not have access/);
    expect(screen.getByRole('alert').textContent).toBe('You do not have access to this. Ask a PMO officer or a site owner for access. Access denied.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers a retry when asked, in Dutch', async () => {
    useTestLocale('nl-nl');
    const retry = jest.fn();
    render(<ErrorMessage error={{ statusCode: 429, message: 'Too many requests' }} onRetry={retry} />);
    expect(await screen.findByText('SharePoint is druk en heeft PMO Hub gevraagd te vertragen. Probeer het over een minuut opnieuw.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });
});
