import * as migration_20261125_041235_initial from './20261125_041235_initial';
import * as migration_20261125_054643_content_model from './20261125_054643_content_model';
import * as migration_20261125_154006_public_site from './20261125_154006_public_site';
import * as migration_20261125_155525_member_directory from './20261125_155525_member_directory';
import * as migration_20261125_165911_newsletter_subscribers from './20261125_165911_newsletter_subscribers';
import * as migration_20261125_173948_migo_search from './20261125_173948_migo_search';
import * as migration_20261125_181911_newsletter_sending from './20261125_181911_newsletter_sending';
import * as migration_20261128_073827_drop_rate_limit_hits from './20261128_073827_drop_rate_limit_hits';
import * as migration_20261128_073900_rate_limit_counters from './20261128_073900_rate_limit_counters';
import * as migration_20261128_092712_languages from './20261128_092712_languages';
import * as migration_20261128_093108_events_projects_forms from './20261128_093108_events_projects_forms';
import * as migration_20261128_102523_media_storage from './20261128_102523_media_storage';
import * as migration_20261128_113151_pages_migo_signup from './20261128_113151_pages_migo_signup';

export const migrations = [
  {
    up: migration_20261125_041235_initial.up,
    down: migration_20261125_041235_initial.down,
    name: '20261125_041235_initial',
  },
  {
    up: migration_20261125_054643_content_model.up,
    down: migration_20261125_054643_content_model.down,
    name: '20261125_054643_content_model',
  },
  {
    up: migration_20261125_154006_public_site.up,
    down: migration_20261125_154006_public_site.down,
    name: '20261125_154006_public_site',
  },
  {
    up: migration_20261125_155525_member_directory.up,
    down: migration_20261125_155525_member_directory.down,
    name: '20261125_155525_member_directory',
  },
  {
    up: migration_20261125_165911_newsletter_subscribers.up,
    down: migration_20261125_165911_newsletter_subscribers.down,
    name: '20261125_165911_newsletter_subscribers',
  },
  {
    up: migration_20261125_173948_migo_search.up,
    down: migration_20261125_173948_migo_search.down,
    name: '20261125_173948_migo_search',
  },
  {
    up: migration_20261125_181911_newsletter_sending.up,
    down: migration_20261125_181911_newsletter_sending.down,
    name: '20261125_181911_newsletter_sending',
  },
  {
    up: migration_20261128_073827_drop_rate_limit_hits.up,
    down: migration_20261128_073827_drop_rate_limit_hits.down,
    name: '20261128_073827_drop_rate_limit_hits',
  },
  {
    up: migration_20261128_073900_rate_limit_counters.up,
    down: migration_20261128_073900_rate_limit_counters.down,
    name: '20261128_073900_rate_limit_counters',
  },
  {
    up: migration_20261128_092712_languages.up,
    down: migration_20261128_092712_languages.down,
    name: '20261128_092712_languages',
  },
  {
    up: migration_20261128_093108_events_projects_forms.up,
    down: migration_20261128_093108_events_projects_forms.down,
    name: '20261128_093108_events_projects_forms',
  },
  {
    up: migration_20261128_102523_media_storage.up,
    down: migration_20261128_102523_media_storage.down,
    name: '20261128_102523_media_storage',
  },
  {
    up: migration_20261128_113151_pages_migo_signup.up,
    down: migration_20261128_113151_pages_migo_signup.down,
    name: '20261128_113151_pages_migo_signup'
  },
];
