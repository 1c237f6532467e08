import * as migration_20261125_041235_initial from './20261125_041235_initial';
import * as migration_20261125_054643_content_model from './20261125_054643_content_model';

export const migrations = [
  {
    up: migration_20261125_041235_initial.up,
    down: migration_20261125_041235_initial.down,
    name: '20261125_041235_initial',
  },
  {
    up: migration_20261125_054643_content_model.up,
    down: migration_20261125_054643_content_model.down,
    name: '20261125_054643_content_model'
  },
];
