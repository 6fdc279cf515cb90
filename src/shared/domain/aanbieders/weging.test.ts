import { describe, expect, it } from 'vitest'
import { deelscores, gewichtenInWoorden, STANDAARD_GEWICHTEN, totaalScore } from './weging'

const basis = {
  profielPast: true,
  leveringsvormPast: true,
  gecontracteerd: true,
  wensGevraagd: 0,
  wensGehaald: 0,
  partnerGevraagd: false,
  partnerplekken: 0,
  afstandKm: 0,
  wachttijdWeken: 0,
}

describe('weighing a location', () => {
  it('gives 100 to a perfect match and leaves out criteria nobody asked for', () => {
    const d = deelscores(basis)
    expect(d.specialisatie).toBeNull()
    expect(d.partner).toBeNull()
    expect(totaalScore(d, STANDAARD_GEWICHTEN)).toBe(100)
  })
  it('lets distance and wachttijd fall in a straight line to zero at 50 km and 26 weeks', () => {
    expect(deelscores({ ...basis, afstandKm: 25 }).afstand).toBe(0.5)
    expect(deelscores({ ...basis, afstandKm: 80 }).afstand).toBe(0)
    expect(deelscores({ ...basis, wachttijdWeken: 13 }).wachttijd).toBe(0.5)
    expect(deelscores({ ...basis, afstandKm: null }).afstand).toBe(0)
  })
  it('lets the adviser decide: with distance weighed heaviest the nearby place wins over the short wait', () => {
    const dichtbij = deelscores({ ...basis, afstandKm: 2, wachttijdWeken: 20 })
    const snel = deelscores({ ...basis, afstandKm: 35, wachttijdWeken: 1 })
    const afstandTelt = { ...STANDAARD_GEWICHTEN, afstand: 5, wachttijd: 1 }
    const wachtenTelt = { ...STANDAARD_GEWICHTEN, afstand: 1, wachttijd: 5 }
    expect(totaalScore(dichtbij, afstandTelt)).toBeGreaterThan(totaalScore(snel, afstandTelt))
    expect(totaalScore(snel, wachtenTelt)).toBeGreaterThan(totaalScore(dichtbij, wachtenTelt))
  })
  it('scores wishes as the share met, half the fit for the profile alone, and 0 when every weight is 0', () => {
    expect(deelscores({ ...basis, wensGevraagd: 2, wensGehaald: 1 }).specialisatie).toBe(0.5)
    expect(deelscores({ ...basis, partnerGevraagd: true, partnerplekken: 2 }).partner).toBe(1)
    expect(deelscores({ ...basis, leveringsvormPast: false }).fit).toBe(0.5)
    const nul = { fit: 0, contract: 0, specialisatie: 0, partner: 0, afstand: 0, wachttijd: 0 }
    expect(totaalScore(deelscores(basis), nul)).toBe(0)
  })
  it('states the weights in words', () => {
    expect(gewichtenInWoorden(STANDAARD_GEWICHTEN)).toBe(
      'Past bij zorgprofiel en vorm van zorg 5, Contract met het zorgkantoor 3, Speciale zorg en levensbeschouwing 2, Plaatsen voor een partner 2, Afstand 3, Wachttijd 2',
    )
  })
})
