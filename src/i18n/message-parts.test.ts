import { describe, expect, it } from 'vitest';
import { messageParts } from './message-parts.ts';

describe('messageParts', () => {
  it('puts each part where the message names it, with the text around it', () => {
    const code = { element: 'code' };
    expect(messageParts('optionsSaveFolderHint', code)).toEqual(["Where “Save to Tote” in a page's menu puts things. ", code, ' is your own folder.']);
  });

  it('leaves out empty text where a part starts the message', () => {
    expect(messageParts('optionsConsentAllowed', 'A')).toEqual(['A', ': allowed']);
  });
});
