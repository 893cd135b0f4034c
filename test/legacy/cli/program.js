/*
 * A small command-line program written against losant-rest 2.x, the way Losant's own
 * CLI (losant-cli) uses it: it logs in and reads the white-label domains through the raw
 * `request({ method, url })`, sets a token, bootstraps an application's experience
 * (`experience.bootstrap({ applicationId })`, no options), uploads a file, lists what is
 * there and cleans up. ES5 and callbacks where such programs had them, promises elsewhere.
 *
 * test/legacy/cli.spec.js is its own nock suite; test/legacy/cli/record.js recorded the
 * wire it replays, once, with losant-rest 2.8.1.
 */
'use strict';

var api = require('losant-rest');

function Program(url) {
  this.url = url;
  this.config = {};
}

/** `login`: a user's credentials → a token, then the domains of the platform that issued it. */
Program.prototype.login = function (email, password, done) {
  var self = this;
  var client = api.createClient({ url: self.url });
  client.auth.authenticateUser({ credentials: { email: email, password: password } }, function (err, result) {
    if (err) { return done(err); }
    client.setOption('accessToken', result.token);
    client.request({ method: 'get', url: '/whitelabels/domain' }).then(function (wlInfo) {
      self.config = { apiToken: client.getOption('accessToken'), appUrl: wlInfo.appUrl, endpointDomain: wlInfo.endpointDomain };
      done(null, self.config);
    }, done);
  });
};

/** `set-token`: a token made elsewhere, checked by asking for the white-label domains with it. */
Program.prototype.setToken = function (token) {
  var self = this;
  return api.createClient({ url: self.url, accessToken: token })
    .request({ method: 'get', url: '/whitelabels/domain' })
    .then(function (wlInfo) {
      self.config = { apiToken: token, appUrl: wlInfo.appUrl, endpointDomain: wlInfo.endpointDomain };
      return self.config;
    });
};

Program.prototype.client = function () {
  return api.createClient({ url: this.url, accessToken: this.config.apiToken });
};

/** `experience bootstrap`: with no options, as losant-cli calls it. */
Program.prototype.bootstrap = function (applicationId) {
  return this.client().experience.bootstrap({ applicationId: applicationId });
};

/** `files upload`: a file's bytes into an existing file entry. */
Program.prototype.upload = function (applicationId, fileId, contents, done) {
  this.client().file.upload({ applicationId: applicationId, fileId: fileId, file: contents }, done);
};

/** `files status` and `experience status`: the listings, by page, filtered as the user asked. */
Program.prototype.status = function (applicationId) {
  var client = this.client();
  return Promise.all([
    client.files.get({ applicationId: applicationId, page: 0, perPage: 100, filterField: 'name', filter: 'greenhouse*' }),
    client.experienceViews.get({ applicationId: applicationId, viewType: 'page' }),
    client.experienceVersions.get({ applicationId: applicationId, filterField: 'version', filter: null }),
    client.request({ method: 'get', url: '/applications/' + applicationId + '/experience/endpoints', params: { sortField: 'route' } })
  ]).then(function (lists) {
    return {
      files: lists[0].items.map(function (f) { return f.name; }),
      views: lists[1].count,
      versions: lists[2].count,
      endpoints: lists[3].count
    };
  });
};

/** `experience delete --keep-users`: a DELETE whose query says what stays. */
Program.prototype.removeExperience = function (applicationId, done) {
  this.client().experience.delete({ applicationId: applicationId, keepUsers: 'true' }, done);
};

module.exports = Program;
