// Lists an organization's members with losant-org-client, in the browser.
// Bundle it with any bundler (`serve.js` uses esbuild): the package's `browser`
// build uses the browser's own fetch, so no Node polyfills are needed.
import { createClient, isLosantError } from 'losant-org-client';

const form = document.getElementById('settings');
const status = document.getElementById('status');
const table = document.getElementById('members');

function show(message, isError) {
  status.textContent = message;
  status.className = isError ? 'error' : '';
}

function cell(row, text) {
  const td = row.insertCell();
  td.textContent = text;
  return td;
}

async function listMembers(settings) {
  const client = createClient({ url: settings.url, accessToken: settings.token });
  show('Loading…');
  table.hidden = true;
  try {
    const org = await client.org.get({ orgId: settings.orgId });
    const body = table.tBodies[0];
    body.textContent = '';
    for (const member of org.members) {
      const row = body.insertRow();
      cell(row, `${member.firstName || ''} ${member.lastName || ''}`.trim() || '—');
      cell(row, member.email);
      const role = document.createElement('span');
      role.className = 'role';
      role.textContent = member.role;
      cell(row, '').appendChild(role);
      cell(row, member.twoFactorAuthEnabled ? 'on' : 'off');
    }
    table.hidden = false;
    show(`${org.name}: ${org.members.length} member${org.members.length === 1 ? '' : 's'}`);
  } catch (err) {
    // Every failure is a LosantError: an API answer has a statusCode, a validation error a field.
    const detail = isLosantError(err) && err.statusCode ? ` (HTTP ${err.statusCode} ${err.type})` : '';
    show(`Could not list the members: ${err.message}${detail}`, true);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  listMembers({ url: form.url.value.trim(), token: form.token.value.trim(), orgId: form.orgId.value.trim() });
});

// Settings in the page's address (#url=…&token=…&orgId=…) fill the form and list at once.
// The fragment never reaches a server.
const given = new URLSearchParams(location.hash.slice(1));
if (given.get('token') && given.get('orgId')) {
  for (const name of ['url', 'token', 'orgId']) if (given.get(name)) form[name].value = given.get(name);
  form.requestSubmit();
}
