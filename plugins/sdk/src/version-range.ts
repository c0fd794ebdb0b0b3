/**
 * Whether `version` satisfies `range`. Supports what plugin manifests use: `*`, an exact
 * version, `^x.y.z`, `~x.y.z` and `>=x.y.z`. Pre-release tags never satisfy a range.
 */
export function satisfiesRange(version: string, range: string): boolean {
  const wanted = range.trim();
  if (wanted === '*' || wanted === '') return true;
  const have = parse(version);
  const match = /^(\^|~|>=)?\s*(\d+\.\d+\.\d+)$/.exec(wanted);
  if (!have || have.pre || !match) return false;
  const floor = parse(match[2]!)!;
  const operator = match[1];
  if (compare(have, floor) < 0) return false;
  if (operator === '>=') return true;
  if (operator === '^') {
    if (floor.major > 0) return have.major === floor.major;
    if (floor.minor > 0) return have.major === 0 && have.minor === floor.minor;
    return have.major === 0 && have.minor === 0 && have.patch === floor.patch;
  }
  if (operator === '~') return have.major === floor.major && have.minor === floor.minor;
  return compare(have, floor) === 0;
}

interface Version {
  major: number;
  minor: number;
  patch: number;
  pre: boolean;
}

/**
 * Orders two semantic versions by major, minor and patch (negative: `a` is older); a version
 * with a pre-release tag comes before the same version without one. `undefined` when either is
 * not a version.
 */
export function compareVersions(a: string, b: string): number | undefined {
  const left = parse(a);
  const right = parse(b);
  if (!left || !right) return undefined;
  return compare(left, right) || Number(right.pre) - Number(left.pre);
}

function parse(text: string): Version | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)(-.+)?$/.exec(text.trim());
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), pre: m[4] !== undefined };
}

function compare(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
