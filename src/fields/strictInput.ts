import { ValidationError, type CollectionBeforeOperationHook, type CollectionConfig, type Field } from 'payload'

/**
 * Payload stores whatever a request sends for a text field: an object becomes
 * its JSON text (`{"$gt":""}` as a category's name), a number its digits.
 * Every collection refuses values of the wrong type with a 400 instead
 * (`withStrictInput`), before any hook or validation sees them.
 */
const WRONG_TYPE = 'Dieser Wert hat nicht die erwartete Form.'

type Problem = { path: string; message: string }

const isStringOrEmpty = (value: unknown) => value == null || typeof value === 'string'

function problemsOf(fields: Field[], data: Record<string, unknown>, prefix: string, problems: Problem[]): void {
  for (const field of fields) {
    // Rows, collapsibles and unnamed tabs only arrange fields: their fields sit in `data` itself.
    if (!('name' in field) || !field.name) {
      if ('fields' in field && Array.isArray(field.fields)) problemsOf(field.fields, data, prefix, problems)
      if (field.type === 'tabs') for (const tab of field.tabs) problemsOf(tab.fields, 'name' in tab && tab.name ? ((data[tab.name] as Record<string, unknown>) ?? {}) : data, prefix, problems)
      continue
    }
    if (!(field.name in data)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    const wrong = () => problems.push({ path, message: WRONG_TYPE })
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
        if ('hasMany' in field && field.hasMany ? !(value == null || (Array.isArray(value) && value.every((v) => typeof v === 'string'))) : !isStringOrEmpty(value)) wrong()
        break
      case 'number':
        if (!(value == null || typeof value === 'number' || (Array.isArray(value) && value.every((v) => typeof v === 'number')))) wrong()
        break
      case 'checkbox':
        if (!(value == null || typeof value === 'boolean')) wrong()
        break
      case 'select':
      case 'radio':
        if (!(isStringOrEmpty(value) || (Array.isArray(value) && value.every((v) => typeof v === 'string')))) wrong()
        break
      case 'date':
        if (!(isStringOrEmpty(value) || value instanceof Date)) wrong()
        break
      case 'richText':
        if (!(value == null || typeof value === 'object')) wrong()
        break
      case 'group':
        if (value == null) break
        if (typeof value !== 'object' || Array.isArray(value)) wrong()
        else problemsOf(field.fields, value as Record<string, unknown>, `${path}.`, problems)
        break
      case 'array':
      case 'blocks':
        // The admin's form state sends a list without rows as the count of its rows (0).
        if (!(value == null || Array.isArray(value) || (typeof value === 'number' && Number.isInteger(value) && value >= 0))) wrong()
        break
      default:
        // Relationships and uploads (ids or documents) Payload checks itself.
        break
    }
  }
}

/** Runs before anything else touches the data (field hooks would already turn a wrong value into a right one). */
function strictInput(fields: Field[]): CollectionBeforeOperationHook {
  return ({ args, operation, collection, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const data = (args as { data?: unknown }).data
    if (!data || typeof data !== 'object') return args
    const problems: Problem[] = []
    problemsOf(fields, data as Record<string, unknown>, '', problems)
    if (problems.length) throw new ValidationError({ collection: collection.slug, errors: problems, req })
    return args
  }
}

/** Adds the type check to every collection of the list. */
export function withStrictInput(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [strictInput(collection.fields), ...(collection.hooks?.beforeOperation ?? [])] },
  }))
}
