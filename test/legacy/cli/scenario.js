/* The values the recorded session used: the emulator's demo user, application and file. */
'use strict';

module.exports = {
  NOW: Date.UTC(2016, 5, 13, 4),
  EMAIL: 'email@example.com',
  PASSWORD: 'this is the password',
  APP: '575ec8687ae143cd83dc4a97',
  FILE: '575ec76c7ae143cd83dc4a96',
  CONTENTS: 'zone,crop\nnorth,tomato\n'
};
