import type { ReactNode } from 'react'
import { mayChangeShared, useTeam } from '../api/team'

export const GEDEELD_UITLEG = 'De functioneel beheerder stelt dit in voor het hele zorgkantoor; op deze werkplek kunt u het alleen inzien.'

/**
 * A team-wide setting (reference data, amounts, letterhead, providers) in a team: only a beheerder
 * changes it, so for anyone else the controls are not offered. `verbergen` leaves out what only
 * changes (an import form); otherwise the content stays readable with every control switched off.
 * In single-desk mode and for a beheerder the children are shown as they are.
 */
export function Gedeeld({
  children,
  verbergen = false,
  uitleg = GEDEELD_UITLEG,
}: {
  children: ReactNode
  verbergen?: boolean
  uitleg?: string
}) {
  const team = useTeam()
  if (mayChangeShared(team)) return <>{children}</>
  const note = <p className="alert alert-info gedeeld-uitleg">{uitleg}</p>
  if (verbergen) return note
  return (
    <>
      {note}
      <fieldset disabled className="alleen-lezen">
        <legend className="visually-hidden">Alleen inzien</legend>
        {children}
      </fieldset>
    </>
  )
}
