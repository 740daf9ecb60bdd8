/**
 * A shorter label for charts: drops the unit's own name when the project name starts with it
 * (“泽州分局设备购置项目” on 泽州分局's page reads “设备购置项目”). Tables keep the full name.
 */
export function displayName(name: string, unitShortName: string): string {
  for (const prefix of [unitShortName, `晋城市生态环境局${unitShortName}`]) {
    if (name.startsWith(prefix) && name.length > prefix.length + 1) return name.slice(prefix.length);
  }
  return name;
}
