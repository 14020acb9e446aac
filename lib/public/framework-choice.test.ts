import { describe, expect, it } from 'vitest';
import { chooseFramework, frameworkQuery, matrixOfFramework } from './framework-choice';

const frameworks = [{ code: 'CSS' }, { code: 'DEMO' }];

describe('chooseFramework', () => {
  it('is the first framework when none is named', () => {
    expect(chooseFramework(frameworks, undefined)).toEqual({ code: 'CSS' });
    expect(chooseFramework(frameworks, '')).toEqual({ code: 'CSS' });
    expect(chooseFramework([], undefined)).toBeNull();
  });

  it('finds the named one in any letter case, and the first of repeated fields', () => {
    expect(chooseFramework(frameworks, 'demo')).toEqual({ code: 'DEMO' });
    expect(chooseFramework(frameworks, ' Demo ')).toEqual({ code: 'DEMO' });
    expect(chooseFramework(frameworks, ['demo', 'css'])).toEqual({ code: 'DEMO' });
  });

  it('is null for a code that is no framework', () => {
    expect(chooseFramework(frameworks, 'css-1')).toBeNull();
  });

  it('links with the code in lower case', () => {
    expect(frameworkQuery('DEMO')).toEqual({ framework: 'demo' });
  });
});

describe('matrixOfFramework', () => {
  it("keeps the framework's standards and the states with a commitment under one of them", () => {
    const matrix = {
      standards: [
        { code: 'CSS-1', framework: { code: 'CSS' } },
        { code: 'DEMO-1', framework: { code: 'DEMO' } },
        { code: 'DEMO-2', framework: { code: 'DEMO' } },
      ],
      rows: [
        { country: 'NOR', cells: { 'CSS-1': 1, 'DEMO-2': 1 } },
        { country: 'MEX', cells: { 'CSS-1': 1 } },
      ],
    };
    const demo = matrixOfFramework(matrix, 'DEMO');
    expect(demo.standards.map((standard) => standard.code)).toEqual(['DEMO-1', 'DEMO-2']);
    expect(demo.rows.map((row) => row.country)).toEqual(['NOR']);
    expect(matrixOfFramework(matrix, 'CSS').rows.map((row) => row.country)).toEqual(['NOR', 'MEX']);
  });
});
