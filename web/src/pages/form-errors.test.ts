import { describe, expect, it } from 'vitest';
import { fieldErrors, formErrors } from './form-errors';

const LABELS = { percentComplete: 'Per cent complete', evidence: 'Evidence links', expectedVersion: 'Version', text: 'What has been done' };

describe('a refused write as error-summary lines', () => {
  it('names each field of a BAD_USER_INPUT by its label, an indexed path by its field', () => {
    const errors = formErrors(
      [
        {
          message: 'percentComplete: must be from 0 to 100',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'percentComplete',
            problems: [
              { path: 'percentComplete', message: 'percentComplete: must be from 0 to 100' },
              { path: 'evidence[0]', message: 'evidence[0]: must be an http or https address' },
            ],
          },
        },
      ],
      LABELS,
      'text',
    );
    expect(errors).toEqual([
      { field: 'percentComplete', href: '#percentComplete', text: 'Per cent complete: must be from 0 to 100' },
      { field: 'evidence', href: '#evidence', text: 'Evidence links: must be an http or https address' },
    ]);
    expect(fieldErrors(errors)).toEqual({
      percentComplete: { text: 'Per cent complete: must be from 0 to 100' },
      evidence: { text: 'Evidence links: must be an http or https address' },
    });
  });

  it('says a CONFLICT is about the version, with the version it is now at', () => {
    const [error] = formErrors([{ message: 'stale', extensions: { code: 'CONFLICT', currentVersion: 3 } }], LABELS, 'text');
    expect(error).toEqual({
      field: 'expectedVersion',
      href: '#expectedVersion',
      text: 'Version: someone else recorded an entry since you opened this page (it is now at version 3). Nothing was saved: read the latest entry, then record yours again.',
    });
  });

  it('gives a refusal without a field against the form\'s first field, with the gateway\'s reason', () => {
    expect(formErrors([{ message: 'Only an owner of theme "t" may record', extensions: { code: 'FORBIDDEN' } }], LABELS, 'text')).toEqual([
      { field: 'text', href: '#text', text: 'You may not record this: Only an owner of theme "t" may record' },
    ]);
  });
});
