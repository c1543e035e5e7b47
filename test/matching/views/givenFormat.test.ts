import { describe, expect, it } from 'vitest';
import { GivenForm, givenFormOf, rewriteGiven } from '../../../src/matching/views/givenFormat';

describe('given-name forms', () => {
  it('tells the form of a name and rewrites two-part names into each form', () => {
    expect(givenFormOf('MIN-JUN')).toBe(GivenForm.hyphen);
    expect(givenFormOf('MIN JUN')).toBe(GivenForm.space);
    expect(givenFormOf('MINJUN')).toBe(GivenForm.single);
    expect(rewriteGiven('MIN-JUN', GivenForm.space)).toBe('MIN JUN');
    expect(rewriteGiven('JEAN CLAUDE', GivenForm.hyphen)).toBe('JEAN-CLAUDE');
    expect(rewriteGiven('MARIA-JOSE', GivenForm.joined)).toBe('MARIAJOSE');
    expect(rewriteGiven('ANA-MARIA LUISA', GivenForm.space)).toBe('ANA MARIA LUISA');
  });
});
