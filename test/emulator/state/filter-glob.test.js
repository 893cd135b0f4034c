'use strict';
// Review finding 1: the lists' `filter` glob came from the request and became a
// backtracking RegExp, so `*a*a*a*a*a*a*a*b` against a name of sixty `a`s kept the
// emulator (and every other client) waiting for seconds. It is matched in linear time
// now, with the same meaning: `*` matches any run of characters, anything else is
// literal, case-insensitive, whole value.
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator } = require('../../../dist/emulator.js');
const { withLoopDelay } = require('../../helpers/event-loop-delay');

/** The longest stall a filter may cause; the RegExp took 3 s on the first hostile case here (0.5 s one star fewer). */
const STALL_BUDGET_MS = 200;

describe('emulator: the list filter is matched in linear time (review finding 1)', () => {
  let emu;
  let client;
  let applicationId;
  const LONG_NAME = 'a'.repeat(60);
  const NAMES = ['Alpha Sensor', 'alpha.sensor', 'beta (1)', 'aba', LONG_NAME, 'Straße 5'];

  before(async () => {
    emu = await startEmulator();
    client = createClient({ url: emu.url, accessToken: emu.demo.token });
    applicationId = (await client.applications.post({ application: { name: 'Filter test' } })).id;
    for (const name of NAMES) {
      await client.devices.post({ applicationId, device: { name, deviceClass: 'standalone', attributes: [] } });
    }
    // The longest description a certificate may have, all `a`s (certificates take any filterField):
    // a value long enough to show a quadratic matcher.
    await client.applicationCertificates.post({
      applicationId, applicationCertificate: { certificate: '-----BEGIN CERTIFICATE-----\nnot checked by the emulator\n-----END CERTIFICATE-----', description: 'a'.repeat(32767) },
    });
  });
  after(() => emu.close());

  const namesFor = async (filter) => {
    const res = await client.devices.get({ applicationId, filter, perPage: 1000 });
    expect(res.count).to.equal(res.items.length);
    return res.items.map((d) => d.name);
  };

  it('keeps the glob meaning: * is any run, everything else literal, case-insensitive, whole value', async () => {
    const cases = [
      ['alpha*', ['Alpha Sensor', 'alpha.sensor']],
      ['ALPHA.SENSOR', ['alpha.sensor']],
      ['*sensor', ['Alpha Sensor', 'alpha.sensor']],
      ['*(1)', ['beta (1)']],
      ['b*a*', ['beta (1)']],
      ['a*a', ['aba', LONG_NAME]],
      ['a**a', ['aba', LONG_NAME]],
      // The anchored first and last pieces may not share a character.
      ['ab*ba', []],
      ['aba*', ['aba']],
      ['*a*a*', ['Alpha Sensor', 'alpha.sensor', 'aba', LONG_NAME]],
      ['STRASSE*', []],
      ['straße*', ['Straße 5']],
      ['*', NAMES],
      ['alpha', []],
    ];
    for (const [filter, expected] of cases) {
      expect((await namesFor(filter)).sort(), filter).to.deep.equal(expected.slice().sort());
    }
    const long = (filter) => client.applicationCertificates.get({ applicationId, filterField: 'description', filter });
    expect((await long(`${'a'.repeat(8000)}*`)).count).to.equal(1);
    expect((await long(`*${'A'.repeat(8000)}`)).count).to.equal(1);
    expect((await long('a'.repeat(8000))).count).to.equal(0);
  });

  // Each of these stays bounded on the old RegExp too (3 s, 1 ms), so the test fails there rather than hangs.
  const HOSTILE = [
    // Nested stars: exponential for a backtracking RegExp (about seven times longer for each `*a`).
    { filter: `${'*a'.repeat(7)}*b`, list: (filter) => client.devices.get({ applicationId, filter }) },
    // A long piece between stars against a long value: quadratic for a matcher that steps back in the value.
    {
      filter: `*${'a'.repeat(4000)}b*`,
      list: (filter) => client.applicationCertificates.get({ applicationId, filterField: 'description', filter }),
    },
  ];
  for (const { filter, list } of HOSTILE) {
    it(`answers ${filter.slice(0, 16)}… (${filter.length} characters) at once, and another client meanwhile`, async () => {
      const other = createClient({ url: emu.url, accessToken: emu.demo.memberToken });
      const { value, maxDelayMs } = await withLoopDelay(() => Promise.all([
        list(filter),
        other.org.get({ orgId: emu.demo.orgId }),
      ]));
      const [hostile, org] = value;
      expect(hostile.count).to.equal(0);
      expect(hostile.totalCount).to.equal(0);
      expect(org.id).to.equal(emu.demo.orgId);
      expect(maxDelayMs, 'the longest event-loop stall, in ms').to.be.below(STALL_BUDGET_MS);
    });
  }
});
