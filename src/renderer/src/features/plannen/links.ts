/** One plan is a record page of the zorgplannen: `#/plan/<plan id>`. */
export const PLAN_PATH = 'plan'
export const planHref = (planId: number) => `#/${PLAN_PATH}/${planId}`
