/*
 * A strict reader for the .ics files the app writes, for the tests only. No iCalendar parser is
 * installed, and the app needs none, so this reads just enough to check a file: physical lines
 * (CRLF only, at most 75 octets), unfolding, properties with parameters, BEGIN/END nesting and
 * the properties each component must have. Anything off throws with the line number.
 */

export interface IcsProperty {
  readonly name: string
  readonly params: Readonly<Record<string, string>>
  /** The raw value: TEXT still escaped (see unescapeIcsText). */
  readonly value: string
}

export interface IcsComponent {
  readonly name: string
  readonly properties: readonly IcsProperty[]
  readonly components: readonly IcsComponent[]
}

const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  VCALENDAR: ['VERSION', 'PRODID'],
  VEVENT: ['UID', 'DTSTAMP', 'DTSTART'],
  VTIMEZONE: ['TZID'],
  STANDARD: ['DTSTART', 'TZOFFSETFROM', 'TZOFFSETTO'],
  DAYLIGHT: ['DTSTART', 'TZOFFSETFROM', 'TZOFFSETTO']
}

/** Properties a component may hold at most once (RFC 5545 §3.6, §3.6.1). */
const SINGLE: Readonly<Record<string, readonly string[]>> = {
  VCALENDAR: ['VERSION', 'PRODID', 'CALSCALE', 'METHOD'],
  VEVENT: ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'DURATION', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'STATUS', 'LAST-MODIFIED', 'RRULE']
}

/** The physical lines, each checked for its line end and length. */
export function physicalLines(text: string): readonly string[] {
  if (!text.endsWith('\r\n')) throw new Error('the file does not end with CRLF')
  const lines = text.slice(0, -2).split('\r\n')
  lines.forEach((line, index) => {
    if (/[\r\n]/.test(line)) throw new Error(`line ${index + 1}: a bare CR or LF`)
    const octets = new TextEncoder().encode(line).length
    if (octets > 75) throw new Error(`line ${index + 1}: ${octets} octets, more than 75`)
  })
  return lines
}

/** Content lines: a physical line that starts with a space or tab continues the one before. */
export function unfold(lines: readonly string[]): readonly string[] {
  const content: string[] = []
  lines.forEach((line, index) => {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (content.length === 0) throw new Error(`line ${index + 1}: a continuation with nothing to continue`)
      content[content.length - 1] += line.slice(1)
    } else {
      content.push(line)
    }
  })
  return content
}

/** name *(;param=value) : value — a quoted parameter value may hold ; : and , . */
export function parseContentLine(line: string): IcsProperty {
  const name = /^[A-Za-z0-9-]+/.exec(line)?.[0]
  if (name === undefined) throw new Error(`no property name in "${line}"`)
  let at = name.length
  const params: Record<string, string> = {}
  while (line[at] === ';') {
    const param = /^;([A-Za-z0-9-]+)=("[^"]*"|[^";:,]*)/.exec(line.slice(at))
    if (param === null) throw new Error(`a broken parameter in "${line}"`)
    params[param[1]!.toUpperCase()] = param[2]!.replace(/^"|"$/g, '')
    at += param[0].length
  }
  if (line[at] !== ':') throw new Error(`no ":" after the name and parameters in "${line}"`)
  return { name: name.toUpperCase(), params, value: line.slice(at + 1) }
}

/** A TEXT value as written: \\ \; \, \n (or \N) undone; any other backslash is an error. */
export function unescapeIcsText(value: string): string {
  return value.replace(/\\(.?)/gs, (escape, character: string) => {
    if (character === 'n' || character === 'N') return '\n'
    if (character === '\\' || character === ';' || character === ',') return character
    throw new Error(`a bad escape "${escape}" in "${value}"`)
  })
}

/** The whole file as its component tree, checked throughout. */
export function parseIcs(text: string): IcsComponent {
  const stack: { name: string; properties: IcsProperty[]; components: IcsComponent[] }[] = []
  let root: IcsComponent | null = null
  for (const line of unfold(physicalLines(text))) {
    const property = parseContentLine(line)
    if (root !== null) throw new Error(`"${line}" after the calendar ended`)
    if (property.name === 'BEGIN') {
      if (stack.length === 0 && property.value !== 'VCALENDAR') throw new Error(`the file starts with ${property.value}, not VCALENDAR`)
      stack.push({ name: property.value, properties: [], components: [] })
      continue
    }
    const open = stack.at(-1)
    if (open === undefined) throw new Error(`"${line}" outside any component`)
    if (property.name === 'END') {
      if (property.value !== open.name) throw new Error(`END:${property.value} closes ${open.name}`)
      stack.pop()
      checkComponent(open)
      const parent = stack.at(-1)
      if (parent === undefined) root = open
      else parent.components.push(open)
      continue
    }
    open.properties.push(property)
  }
  if (root === null) throw new Error(`unclosed: ${stack.map((component) => component.name).join(' > ') || 'nothing at all'}`)
  return root
}

function checkComponent(component: IcsComponent): void {
  const count = (name: string): number => component.properties.filter((property) => property.name === name).length
  for (const name of REQUIRED[component.name] ?? []) {
    if (count(name) === 0) throw new Error(`${component.name} without ${name}`)
  }
  for (const name of SINGLE[component.name] ?? []) {
    if (count(name) > 1) throw new Error(`${component.name} with ${count(name)} ${name}`)
  }
  if (component.name === 'VEVENT' && count('DTEND') > 0 && count('DURATION') > 0) throw new Error('VEVENT with both DTEND and DURATION')
}

/** The one property of that name, or undefined. */
export const propertyOf = (component: IcsComponent, name: string): IcsProperty | undefined =>
  component.properties.find((property) => property.name === name)

/** A TEXT property's value, unescaped; '' when absent. */
export const textOf = (component: IcsComponent, name: string): string => {
  const property = propertyOf(component, name)
  return property === undefined ? '' : unescapeIcsText(property.value)
}

export const eventsOf = (calendar: IcsComponent): readonly IcsComponent[] =>
  calendar.components.filter((component) => component.name === 'VEVENT')

/**
 * A DATE-TIME property as an instant: UTC (…Z), or local time with a TZID the calendar
 * describes with fixed-offset STANDARD blocks (all the app writes).
 */
export function instantOf(calendar: IcsComponent, event: IcsComponent, name: string): Date {
  const property = propertyOf(event, name)
  if (property === undefined) throw new Error(`no ${name}`)
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/.exec(property.value)
  if (match === null) throw new Error(`${name} is not a DATE-TIME: ${property.value}`)
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number]
  const wall = Date.UTC(year, month - 1, day, hour, minute, second)
  if (match[7] === 'Z') {
    if (property.params.TZID !== undefined) throw new Error(`${name} has both Z and a TZID`)
    return new Date(wall)
  }
  const tzid = property.params.TZID
  const zone = calendar.components.find((component) => component.name === 'VTIMEZONE' && textOf(component, 'TZID') === tzid)
  if (zone === undefined) throw new Error(`${name} uses the zone "${tzid ?? '(floating)'}", which the calendar does not describe`)
  const offsets = zone.components.map((block) => propertyOf(block, 'TZOFFSETTO')?.value)
  if (offsets.length !== 1) throw new Error(`zone ${tzid} is not a single fixed offset`)
  const offset = /^([+-])(\d{2})(\d{2})$/.exec(offsets[0] ?? '')
  if (offset === null) throw new Error(`a bad offset in zone ${tzid}`)
  const minutes = (Number(offset[2]) * 60 + Number(offset[3])) * (offset[1] === '-' ? -1 : 1)
  return new Date(wall - minutes * 60_000)
}
