/**
 * Looks an id up among a record's own entries only, so ids such as 'constructor', 'toString' or
 * '__proto__' are unknown like any other unknown id instead of finding Object.prototype's members.
 */
export function own<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}
