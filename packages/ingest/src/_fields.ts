/** The object without its undefined fields, keys in the given order: the article JSON prints no empty keys. */
export function definedFields<T extends object>(fields: T): T {
  const defined = {} as T;
  for (const key of Object.keys(fields) as Array<keyof T>) if (fields[key] !== undefined) defined[key] = fields[key];
  return defined;
}
