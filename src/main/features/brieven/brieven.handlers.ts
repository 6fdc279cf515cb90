import type { AreaHandlers } from '../../ipc/router'
import type { Services } from '../services'

export const brievenHandlers = (s: Services): AreaHandlers<'brieven'> => ({
  'brieven.list': (input) => s.brieven.list(input),
  'brieven.get': (input) => s.brieven.get(input.id),
  'brieven.create': (input) => s.brieven.create(input),
  'brieven.update': (input) => s.brieven.update(input),
  'brieven.delete': (input) => s.brieven.delete(input),
  'brieven.concept': (input) => s.brieven.concept(input.id),
  'brieven.finalise': (input) => s.brieven.finalise(input.id, input.version),
  'brieven.pdf': (input) => s.brieven.pdf(input.id),
  'brieven.verzonden': (input) => s.brieven.verzonden(input),
  'brieven.corrigeer': (input) => s.brieven.corrigeer(input.id),
  'brieven.batch.create': (input) => s.brievenBatch.create(input),
  'brieven.batch.list': () => s.brievenBatch.list(),
  'brieven.batch.run': (input) => s.brievenBatch.run(input.batchId),
  'brieven.batch.pdf': (input) => s.brievenBatch.pdf(input.batchId),
})
