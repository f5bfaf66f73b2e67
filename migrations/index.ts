import * as migration_20261121_055324_initial from './20261121_055324_initial';
import * as migration_20261203_074516_media_live_photos from './20261203_074516_media_live_photos';
import * as migration_20261203_091151_media_uploader from './20261203_091151_media_uploader';
import * as migration_20261203_162951_wechat_draft_fields from './20261203_162951_wechat_draft_fields';
import * as migration_20261203_190547_correspondents from './20261203_190547_correspondents';
import * as migration_20261204_145631_federation from './20261204_145631_federation';

export const migrations = [
  {
    up: migration_20261121_055324_initial.up,
    down: migration_20261121_055324_initial.down,
    name: '20261121_055324_initial',
  },
  {
    up: migration_20261203_074516_media_live_photos.up,
    down: migration_20261203_074516_media_live_photos.down,
    name: '20261203_074516_media_live_photos',
  },
  {
    up: migration_20261203_091151_media_uploader.up,
    down: migration_20261203_091151_media_uploader.down,
    name: '20261203_091151_media_uploader',
  },
  {
    up: migration_20261203_162951_wechat_draft_fields.up,
    down: migration_20261203_162951_wechat_draft_fields.down,
    name: '20261203_162951_wechat_draft_fields',
  },
  {
    up: migration_20261203_190547_correspondents.up,
    down: migration_20261203_190547_correspondents.down,
    name: '20261203_190547_correspondents',
  },
  {
    up: migration_20261204_145631_federation.up,
    down: migration_20261204_145631_federation.down,
    name: '20261204_145631_federation'
  },
];
