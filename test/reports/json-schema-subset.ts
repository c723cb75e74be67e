/**
 * A small JSON Schema validator for the keywords summary.schema.json uses (type, const, enum,
 * properties, required, additionalProperties, items, anyOf), so the test checks a run's summary
 * against the *file* other tools read, not against our zod copy of it.
 */
type Schema = Record<string, unknown>;

function typeOk(type: string, v: unknown): boolean {
  if (type === 'null') return v === null;
  if (type === 'array') return Array.isArray(v);
  if (type === 'object') return typeof v === 'object' && v !== null && !Array.isArray(v);
  if (type === 'integer') return Number.isInteger(v);
  return typeof v === type;
}

export function validate(schema: Schema, value: unknown, at = '$'): string[] {
  const errors: string[] = [];
  const known = new Set(['$schema', 'type', 'const', 'enum', 'properties', 'required', 'additionalProperties', 'items', 'anyOf', 'title', 'description', 'propertyNames']);
  for (const k of Object.keys(schema)) if (!known.has(k)) errors.push(`${at}: unsupported keyword ${k}`);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((t) => typeOk(t, value))) return [...errors, `${at}: expected ${types.join('|')}, got ${JSON.stringify(value)?.slice(0, 40)}`];
  }
  if ('const' in schema && value !== schema.const) errors.push(`${at}: expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${at}: ${JSON.stringify(value)} not in enum`);
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some((s) => validate(s as Schema, value, at).length === 0)) errors.push(`${at}: matches no anyOf branch`);
  if (typeOk('object', value)) {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const r of (schema.required ?? []) as string[]) if (!(r in obj)) errors.push(`${at}.${r}: required`);
    for (const [k, v] of Object.entries(obj)) {
      if (props[k]) errors.push(...validate(props[k], v, `${at}.${k}`));
      else if (schema.additionalProperties === false) errors.push(`${at}.${k}: not allowed`);
      else if (typeof schema.additionalProperties === 'object') errors.push(...validate(schema.additionalProperties as Schema, v, `${at}.${k}`));
    }
  }
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => errors.push(...validate(schema.items as Schema, v, `${at}[${i}]`)));
  return errors;
}
