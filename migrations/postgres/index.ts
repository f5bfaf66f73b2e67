import * as migration_20261203_183350_initial from './20261203_183350_initial';
import * as migration_20261203_190602_correspondents from './20261203_190602_correspondents';
import * as migration_20261204_135611_adopted_by from './20261204_135611_adopted_by';
import * as migration_20261204_135921_unit_sites from './20261204_135921_unit_sites';

export const migrations = [
  {
    up: migration_20261203_183350_initial.up,
    down: migration_20261203_183350_initial.down,
    name: '20261203_183350_initial',
  },
  {
    up: migration_20261203_190602_correspondents.up,
    down: migration_20261203_190602_correspondents.down,
    name: '20261203_190602_correspondents',
  },
  {
    up: migration_20261204_135611_adopted_by.up,
    down: migration_20261204_135611_adopted_by.down,
    name: '20261204_135611_adopted_by',
  },
  {
    up: migration_20261204_135921_unit_sites.up,
    down: migration_20261204_135921_unit_sites.down,
    name: '20261204_135921_unit_sites'
  },
];
