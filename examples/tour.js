'use strict';
// `npm start`: a tour of the 13 Org actions against the local emulator (no
// account, no network). Each action runs twice, first with a callback and then
// with a promise, written as the seed document's examples are, in an order
// where each state change shows: invite then revoke, delete last.
// Exits 0 when every call did what it should, 1 otherwise.

var createClient = require('losant-org-client').createClient;
var startEmulator = require('losant-org-client/emulator').startEmulator;
var summaries = require('./tour-summaries');
var story = require('./tour-story');

var DAY = 24 * 60 * 60 * 1000;
var failures = 0;

function pad(text, width) {
  while (text.length < width) text += ' ';
  return text;
}

function print(name, style, text) {
  console.log('  ' + pad(name, 23) + pad('(' + style + ')', 15) + '→ ' + text);
}

function fail(name, style, err) {
  failures += 1;
  print(name, style, 'FAILED: ' + (err.statusCode ? err.statusCode + ' ' : '') + err.message);
}

/** The tour's steps: params for the callback run and the promise run (functions when they depend on earlier results). */
function steps(emu, seen) {
  var myOrgId = emu.demo.orgId;
  var scratchOrgId = emu.orgIds[1];
  var now = Date.now();
  var inviteId = function (email) {
    return function () { return seen.invites.filter(function (i) { return i.email === email; })[0].id; };
  };
  var otherMember = function (n) {
    return function () {
      return seen.org.members.filter(function (m) { return m.role !== 'admin' && m.userId !== emu.demo.userId; })[n].userId;
    };
  };
  return [
    ['get', { orgId: myOrgId }, { orgId: myOrgId, summaryInclude: 'memberCount,appCount' }],
    ['patch', { orgId: myOrgId, organization: { description: 'Toured by examples/tour.js' } },
      { orgId: myOrgId, organization: { name: 'Demo Org (toured)', iconColor: '#1565c0' } }],
    ['deviceCounts', { orgId: myOrgId }, { orgId: myOrgId, start: String(now - 7 * DAY), end: String(now) }],
    ['payloadCounts', { orgId: myOrgId }, { orgId: myOrgId, start: String(now - 2 * DAY), end: String(now) }],
    ['payloadCountsBreakdown', { orgId: myOrgId }, { orgId: myOrgId, resolution: '3600000', asBytes: 'true' }],
    ['notebookMinuteCounts', { orgId: myOrgId }, { orgId: myOrgId, start: String(now - 4 * DAY), end: String(now) }],
    ['pendingInvites', { orgId: myOrgId }, { orgId: myOrgId }],
    ['inviteMember', { orgId: myOrgId, invite: { email: 'river@example.com', role: 'view' } },
      { orgId: myOrgId, invite: { email: 'sky@example.com', role: 'edit', disallowTransfer: true } }],
    ['revokeInvite', { orgId: myOrgId, inviteId: inviteId('river@example.com') },
      { orgId: myOrgId, inviteId: inviteId('sky@example.com') }],
    ['modifyMember', { orgId: myOrgId, member: { userId: emu.demo.userId, role: 'admin' } },
      { orgId: myOrgId, member: { userId: emu.demo.userId, role: 'view' } }],
    ['removeMember', { orgId: myOrgId, userId: otherMember(0) }, { orgId: myOrgId, userId: otherMember(0) }],
    ['transferResources',
      { orgId: myOrgId, transfer: { destinationId: scratchOrgId, destinationType: 'organization', applicationIds: [emu.demo.applicationId] } },
      { orgId: myOrgId, transfer: { destinationId: emu.demo.userId, destinationType: 'user', dashboardIds: [emu.demo.dashboardId] } }],
    ['delete', { orgId: scratchOrgId }, { orgId: myOrgId }],
  ];
}

/** Resolves function-valued params now that earlier steps have run. */
function resolve(params) {
  var out = {};
  Object.keys(params).forEach(function (key) {
    out[key] = typeof params[key] === 'function' ? params[key]() : params[key];
  });
  return out;
}

function runStep(client, step, seen) {
  var name = step[0];
  var summarize = function (params, result) {
    var text = summaries[name](result, params, seen);
    // Later steps pick ids (a new invite, another member) from what came back.
    if (name === 'get' || name === 'modifyMember' || name === 'removeMember' || name === 'patch') seen.org = result;
    if (name === 'pendingInvites' || name === 'inviteMember' || name === 'revokeInvite') seen.invites = result;
    return text;
  };
  return new Promise(function (done) {
    var params = resolve(step[1]);
    // with callbacks
    client.org[name](params, function (err, result) {
      if (err) { fail(name, 'callback', err); return done(); }
      print(name, 'callback', summarize(params, result));
      done();
    });
  }).then(function () {
    var params = resolve(step[2]);
    // with promises
    return client.org[name](params)
      .then(function (result) { print(name, 'promise', summarize(params, result)); })
      .catch(function (err) { fail(name, 'promise', err); });
  });
}

function tour(emu) {
  var client = createClient({ accessToken: emu.demo.token, url: emu.url });
  var seen = { org: null, invites: [] };
  console.log('Losant API tour, against the emulator at ' + emu.url + '\n');
  return steps(emu, seen).reduce(function (chain, step) {
    return chain.then(function () { return runStep(client, step, seen); });
  }, Promise.resolve()).then(function () {
    // The last delete removed the demo org: reading it again must now be a 404.
    return client.org.get({ orgId: emu.demo.orgId }).then(function () {
      fail('get', 'after delete', new Error('the deleted organization is still there'));
    }, function (err) {
      if (err.statusCode !== 404) return fail('get', 'after delete', err);
      print('get', 'after delete', err.statusCode + ' ' + err.type + ', as expected');
    });
  }).then(function () {
    return story(client, print, fail);
  });
}

startEmulator()
  .then(function (emu) {
    return tour(emu).then(function () { return emu.close(); }, function (err) {
      return emu.close().then(function () { throw err; });
    });
  })
  .then(function () {
    console.log('\n' + (failures ? failures + ' call(s) failed.' : 'All 13 actions worked, in both styles, and so did the story.'));
    process.exitCode = failures ? 1 : 0;
  })
  .catch(function (err) {
    console.error('The tour could not run:', err);
    process.exitCode = 1;
  });
