import * as migration_20261121_053451_initial from './20261121_053451_initial';

export const migrations = [
  {
    up: migration_20261121_053451_initial.up,
    down: migration_20261121_053451_initial.down,
    name: '20261121_053451_initial'
  },
];
