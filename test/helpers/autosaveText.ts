/** The text saved at each revision: long enough to span several pages, different every time. */
export function autosaveText(revisie: number): string {
  return `Revisie ${revisie}: ${'Max gaat doordeweeks naar de dagbesteding. '.repeat(40 + (revisie % 17))}einde ${revisie}`
}
