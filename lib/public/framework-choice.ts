/**
 * Which framework /standards shows, from `?framework=css` (any letter case): the one named, or the
 * first listed when none is named. `null` when the name is not a framework's code, so the page can
 * answer 404 rather than show another framework under the wrong address.
 */
export function chooseFramework<F extends { code: string }>(
  frameworks: readonly F[],
  value: string | string[] | undefined,
): F | null {
  const asked = (Array.isArray(value) ? value[0] : value)?.trim().toLowerCase();
  if (!asked) return frameworks[0] ?? null;
  return frameworks.find((framework) => framework.code.toLowerCase() === asked) ?? null;
}

/** The address of /standards showing one framework: `?framework=` with its code in lower case. */
export function frameworkQuery(code: string): { framework: string } {
  return { framework: code.toLowerCase() };
}

/**
 * The states × standards matrix narrowed to one framework's standards, keeping only the states with a
 * published commitment under one of them.
 */
export function matrixOfFramework<
  S extends { code: string; framework: { code: string } },
  R extends { cells: Record<string, unknown> },
>(matrix: { standards: readonly S[]; rows: readonly R[] }, frameworkCode: string): { standards: S[]; rows: R[] } {
  const standards = matrix.standards.filter((standard) => standard.framework.code === frameworkCode);
  const codes = standards.map((standard) => standard.code);
  return { standards, rows: matrix.rows.filter((row) => codes.some((code) => row.cells[code] !== undefined)) };
}
