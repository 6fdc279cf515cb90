import type { Migration } from '../types'
import { m0001 } from './0001-foundation'

/** All migrations in order. Append new ones; never edit one that has shipped. */
export const migrations: readonly Migration[] = [m0001]
