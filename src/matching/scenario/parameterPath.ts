/**
 * Parameters named by their JSON path in a scenario ("replay.list.agency.noise.tinWrong",
 * "population.communityShare.korean", "link.left.noise.tinWrong"): how Monte Carlo, calibration
 * and sweeps address the one number they vary, without knowing the schema's shape.
 */

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The path's segments; array indices are numbers ("householdSizes.native.0"). */
export function pathSegments(path: string): string[] {
  return path.split('.').filter((s) => s.length > 0);
}

/** The value at `path` in `root`, or undefined when the path leads nowhere. */
export function valueAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const segment of pathSegments(path)) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node)) node = node[segment];
    else return undefined;
  }
  return node;
}

/** The number at `path`, or undefined when there is none (a missing path, or not a number). */
export function numberAt(root: unknown, path: string): number | undefined {
  const value = valueAt(root, path);
  return typeof value === 'number' ? value : undefined;
}

/**
 * A copy of `root` with `value` at `path`: only the objects along the path are copied, so the
 * rest is shared. Missing objects on the way are created.
 */
export function withValueAt<T>(root: T, path: string, value: unknown): T {
  const segments = pathSegments(path);
  const set = (node: unknown, i: number): unknown => {
    if (i === segments.length) return value;
    const key = segments[i]!;
    if (Array.isArray(node)) {
      const copy = [...(node as unknown[])];
      copy[Number(key)] = set(copy[Number(key)], i + 1);
      return copy;
    }
    const copy: Json = isObject(node) ? { ...node } : {};
    copy[key] = set(copy[key], i + 1);
    return copy;
  };
  return set(root, 0) as T;
}
