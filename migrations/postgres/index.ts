import * as migration_20261203_183350_initial from './20261203_183350_initial';

export const migrations = [
  {
    up: migration_20261203_183350_initial.up,
    down: migration_20261203_183350_initial.down,
    name: '20261203_183350_initial'
  },
];
