import * as React from 'react';
import { render, screen, fireEvent } from '@testing-library/react';
import { ErrorMessage } from './ErrorMessage';
import { errorParts, errorText } from './errorText';
import { useTestLocale } from '../../../tools/jest/locale';

const forbidden = new Error('Error making HttpClient request in queryable [403] Forbidden ::> {"odata.error":{"code":"-2147024891, System.UnauthorizedAccessException","message":{"lang":"en-US","value":"Access denied."}}}');

describe('ErrorMessage', () => {
  afterEach(() => useTestLocale('en-us'));

  it('says what a 403 means for the user, without SharePoint\'s generic English message, in each language', async () => {
    render(<ErrorMessage error={forbidden} />);
    await screen.findByText(/You do not have access/);
    expect(screen.getByRole('alert').textContent).toBe('You do not have access to this. Ask a PMO officer or a site owner for access.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('tells a French user refused by SharePoint (403), an item gone (404) or a conflict (412) in French only, never with the server\'s English text', () => {
    useTestLocale('fr-fr');
    const notFound = new Error('Error making HttpClient request in queryable [404] Not Found ::> {"odata.error":{"code":"-2147024809, System.ArgumentException","message":{"lang":"en-US","value":"Item does not exist. It may have been deleted by another user."}}}');
    for (const e of [forbidden, notFound, { status: 412, message: 'The request ETag value does not match the object\'s ETag value.' }, { statusCode: 429, message: 'Too many requests' }]) {
      const { sentence, detail } = errorParts(e);
      expect(detail).toBeUndefined();
      expect(errorText(e)).toBe(sentence);
      expect(sentence).not.toMatch(/Access denied|does not exist|ETag|Too many/);
    }
  });

  it('keeps SharePoint\'s message for a refused value (it names the field) and an unknown error', () => {
    const refused = new Error('Error making HttpClient request in queryable [400] Bad Request ::> {"odata.error":{"code":"-1, Microsoft.SharePoint.SPFieldValidationException","message":{"lang":"en-US","value":"Budget: the value must be 0 or more."}}}');
    expect(errorParts(refused).detail).toBe('Budget: the value must be 0 or more.');
    expect(errorParts(new Error('Something odd')).detail).toBe('Something odd');
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
