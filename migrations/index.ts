import * as migration_20261121_051403_initial from './20261121_051403_initial';

export const migrations = [
  {
    up: migration_20261121_051403_initial.up,
    down: migration_20261121_051403_initial.down,
    name: '20261121_051403_initial'
  },
];
