/** Every parameter of a scenario as one row per leaf, "population.communityShare.korean" = 0.3. */
export interface ParameterRow {
  path: string;
  value: string;
}

export function flattenParameters(value: unknown, prefix = ''): ParameterRow[] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const rows = Object.entries(value as Record<string, unknown>).flatMap(([key, v]) =>
      flattenParameters(v, prefix ? `${prefix}.${key}` : key),
    );
    return rows.length > 0 || !prefix ? rows : [{ path: prefix, value: '{}' }];
  }
  return [{ path: prefix || '(scenario)', value: JSON.stringify(value) ?? 'undefined' }];
}
