/** The dossier of one client is a record page of the caseload: `#/dossier/<client id>`. */
export const DOSSIER_PATH = 'dossier'
export const dossierHref = (clientId: number) => `#/${DOSSIER_PATH}/${clientId}`
