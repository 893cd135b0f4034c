'use strict';
// One-line, human-readable summaries of each action's result, for the tour.
// `params` is what the call was made with; `before` is what the tour had seen
// until then (the last organization and invite list).

function num(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function plural(n, word) {
  return num(n) + ' ' + word + (n === 1 ? '' : 's');
}

function sum(list, field) {
  return list.reduce(function (total, item) { return total + (item[field] || 0); }, 0);
}

function fullName(member) {
  return [member.firstName, member.lastName].filter(Boolean).join(' ') || member.userId;
}

function orgLine(org) {
  var s = org.summary || {};
  var parts = ['"' + org.name + '"', plural(org.members.length, 'member')];
  if (s.pendingInviteCount !== undefined) parts.push(plural(s.pendingInviteCount, 'pending invite'));
  if (s.appCount !== undefined) parts.push(plural(s.appCount, 'app'));
  return parts.join(', ');
}

function invitesLine(invites) {
  return plural(invites.length, 'pending invite') + ': ' +
    invites.map(function (i) { return i.email + ' (' + i.role + ')'; }).join(', ');
}

function days(counts) {
  return counts.filter(function (c) { return c.minutes || c.created || c.deleted; }).length;
}

module.exports = {
  get: function (org, params) {
    return orgLine(org) + (params.summaryInclude ? ' (summary: ' + Object.keys(org.summary).join(', ') + ')' : '');
  },
  patch: function (org, params) {
    var changed = Object.keys(params.organization).map(function (k) { return k + ' = "' + org[k] + '"'; });
    return changed.join(', ') + '; lastUpdated ' + org.lastUpdated;
  },
  deviceCounts: function (result) {
    var last = result.counts[result.counts.length - 1];
    return plural(result.counts.length, 'day') + ', ' + plural(last.total, 'device') + ' now (+' +
      sum(result.counts, 'created') + ' / -' + sum(result.counts, 'deleted') + ' in range)';
  },
  payloadCounts: function (stats) {
    var total = 0;
    var byType = Object.keys(stats).map(function (type) {
      var n = Object.keys(stats[type]).reduce(function (t, source) { return t + stats[type][source]; }, 0);
      total += n;
      return type + ' ' + num(n);
    });
    return plural(total, 'payload') + ' (' + byType.join(', ') + ')';
  },
  payloadCountsBreakdown: function (result) {
    var unit = result.resolution === 3600000 ? 'hourly' : 'daily';
    var text = result.counts.length + ' ' + unit + ' buckets, ' + plural(sum(result.counts, 'payloads'), 'payload');
    return result.asBytes ? text + ', ' + num(sum(result.counts, 'bytes')) + ' bytes' : text;
  },
  notebookMinuteCounts: function (result) {
    return num(sum(result.counts, 'minutes')) + ' notebook minutes on ' + plural(days(result.counts), 'day') + ', ' +
      num(sum(result.counts, 'completed')) + ' runs completed';
  },
  pendingInvites: invitesLine,
  inviteMember: invitesLine,
  revokeInvite: function (invites) {
    return invites.length ? invitesLine(invites) : 'no pending invites left';
  },
  modifyMember: function (org, params) {
    var member = org.members.filter(function (m) { return m.userId === params.member.userId; })[0];
    return fullName(member) + ' is now ' + member.role;
  },
  removeMember: function (org, params, before) {
    var gone = before.org.members.filter(function (m) { return m.userId === params.userId; })[0];
    return 'removed ' + (gone ? fullName(gone) : params.userId) + '; ' + plural(org.members.length, 'member') + ' left';
  },
  transferResources: function (result, params) {
    var t = params.transfer;
    var what = [];
    if (t.applicationIds) what.push(plural(t.applicationIds.length, 'application'));
    if (t.dashboardIds) what.push(plural(t.dashboardIds.length, 'dashboard'));
    return 'moved ' + what.join(' and ') + ' to ' + t.destinationType + ' ' + t.destinationId + ' (success: ' + result.success + ')';
  },
  delete: function (result, params) {
    return 'deleted ' + params.orgId + ' (success: ' + result.success + ')';
  },
};
