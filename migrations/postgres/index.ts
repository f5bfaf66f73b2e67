import * as migration_20261203_183350_initial from './20261203_183350_initial';
import * as migration_20261203_190602_correspondents from './20261203_190602_correspondents';
import * as migration_20261204_145640_federation from './20261204_145640_federation';

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
    up: migration_20261204_145640_federation.up,
    down: migration_20261204_145640_federation.down,
    name: '20261204_145640_federation'
  },
];
