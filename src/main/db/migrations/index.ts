import type { Migration } from '../types'
import { m0001 } from './0001-foundation'
import { m0002 } from './0002-dossier'
import { m0003 } from './0003-plannen'
import { m0004 } from './0004-brieven'
import { m0005 } from './0005-aanbieders'
import { m0006 } from './0006-freeze'
import { m0007 } from './0007-sync'
import { m0008 } from './0008-rechtmatig'
import { m0009 } from './0009-logboek'
import { m0010 } from './0010-caseload-index'
import { m0011 } from './0011-caseload-leveringsvorm'
import { m0012 } from './0012-wachttijd-gid'
import { m0013 } from './0013-naam-rang'
import { m0014 } from './0014-naam-rang-leveringsvorm'
import { m0015 } from './0015-ref-geldig-vanaf'

/** All migrations in order. Append new ones; never edit one that has shipped. */
export const migrations: readonly Migration[] = [
  m0001,
  m0002,
  m0003,
  m0004,
  m0005,
  m0006,
  m0007,
  m0008,
  m0009,
  m0010,
  m0011,
  m0012,
  m0013,
  m0014,
  m0015,
]
