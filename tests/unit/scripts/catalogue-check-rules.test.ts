import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCatalogue } from '../../../scripts/lib/check/index.ts';
import {
  catalogueFile,
  copyData,
  editOffer,
  editOrganization,
  errorLines,
  expectOnlyError,
  organizationsPath,
  removeCopies,
  TODAY,
} from './catalogue-fixture.ts';

/** Tests that work through the whole real data set get a minute, as build-catalogue's do, not vitest's 5 s. */
const WHOLE_DATA = { timeout: 60_000 };

afterEach(removeCopies);

describe('phones', WHOLE_DATA, () => {
  const edit = (change: (phone: { number: string; display: string }) => void): string => {
    const dir = copyData();
    editOffer(dir, 'wide-area', 0, (o) => {
      change(o.phones[0] ?? { number: '', display: '' });
    });
    return dir;
  };

  it('reports a number that is not a valid German number', () => {
    const dir = edit((p) => {
      p.number = '+491234';
    });
    expectOnlyError(
      dir,
      `${catalogueFile(dir, 'wide-area')}: /offers/0/phones/0/number: invalid phone number "+491234"`,
    );
  });

  it('names the canonical form of a number written nationally', () => {
    const dir = edit((p) => {
      p.number = '0800 40 40 020';
    });
    const message = 'phone number "0800 40 40 020" is not in canonical form; it would be "+498004040020"';
    expectOnlyError(dir, `${catalogueFile(dir, 'wide-area')}: /offers/0/phones/0/number: ${message}`);
  });

  it('reports a display that dials another number', () => {
    const dir = edit((p) => {
      p.display = '0831 123';
    });
    const message = 'display "0831 123" does not match number "+498004040020"';
    expectOnlyError(dir, `${catalogueFile(dir, 'wide-area')}: /offers/0/phones/0/display: ${message}`);
  });
});

describe('switchboard flag', WHOLE_DATA, () => {
  it('reports an emergency number flagged as a switchboard', () => {
    const dir = copyData();
    editOffer(dir, 'wide-area', 11, (o) => {
      const phone = o.phones[0];
      if (phone) phone.switchboard = true;
    });
    const message = 'short number "110" is a direct service, not a switchboard';
    expectOnlyError(dir, `${catalogueFile(dir, 'wide-area')}: /offers/11/phones/0/switchboard: ${message}`);
  });
});

describe('locations', WHOLE_DATA, () => {
  it('reports a postal code of another region', () => {
    const dir = copyData();
    editOffer(dir, 'ostallgaeu', 0, (o) => {
      const address = o.locations[0]?.address;
      if (address) address.postal_code = '87600';
    });
    const message = 'postal code 87600 is not in the places of the served regions (ostallgaeu)';
    expectOnlyError(
      dir,
      `${catalogueFile(dir, 'ostallgaeu')}: /offers/0/locations/0/address/postal_code: ${message}`,
    );
  });

  it('reports a Kaufbeuren offer moved to Coburg', () => {
    const dir = copyData();
    editOffer(dir, 'kaufbeuren', 12, (o) => {
      Object.assign(o.locations[0] ?? {}, { latitude: 50.258421, longitude: 10.964232 });
    });
    const message = 'coordinates 50.258421, 10.964232 lie outside the served regions (kaufbeuren)';
    expectOnlyError(dir, `${catalogueFile(dir, 'kaufbeuren')}: /offers/12/locations/0: ${message}`);
  });

  it('treats Kaufbeuren as a hole in Ostallgäu', () => {
    const dir = copyData();
    editOffer(dir, 'ostallgaeu', 3, (o) => {
      Object.assign(o.locations[0] ?? {}, { latitude: 47.879698, longitude: 10.620583 });
    });
    const message = 'coordinates 47.879698, 10.620583 lie outside the served regions (ostallgaeu)';
    expectOnlyError(dir, `${catalogueFile(dir, 'ostallgaeu')}: /offers/3/locations/0: ${message}`);
  });
});

describe('dates, links and e-mail', WHOLE_DATA, () => {
  it('reports an impossible date', () => {
    const dir = copyData();
    editOffer(dir, 'kaufbeuren', 0, (o) => {
      o.source.date = '2023-02-30';
    });
    expectOnlyError(
      dir,
      `${catalogueFile(dir, 'kaufbeuren')}: /offers/0/source/date: "2023-02-30" is not a real calendar date`,
    );
  });

  it('reports month 13 in a further source', () => {
    const dir = copyData();
    editOffer(dir, 'kaufbeuren', 0, (o) => {
      const [further] = o.further_sources ?? [];
      if (further) further.date = '2023-13';
    });
    const line = `${catalogueFile(dir, 'kaufbeuren')}: /offers/0/further_sources/0/date: "2023-13" is not a real calendar date`;
    expectOnlyError(dir, line);
  });

  it('reports a date after today', () => {
    const dir = copyData();
    editOffer(dir, 'kaufbeuren', 0, (o) => {
      o.assured_date = '2026-11-26';
    });
    const line = `${catalogueFile(dir, 'kaufbeuren')}: /offers/0/assured_date: date 2026-11-26 is after today (2026-11-25)`;
    expectOnlyError(dir, line);
  });

  it('accepts an announced end date after today, but not an impossible one', () => {
    const dir = copyData();
    editOffer(dir, 'kaufbeuren', 0, (o) => {
      o.end_date = '2026-12-31';
    });
    expect(errorLines(checkCatalogue({ dataDir: dir, today: TODAY }))).toEqual([]);
    editOffer(dir, 'kaufbeuren', 0, (o) => {
      o.end_date = '2026-02-30';
    });
    const line = `${catalogueFile(dir, 'kaufbeuren')}: /offers/0/end_date: "2026-02-30" is not a real calendar date`;
    expectOnlyError(dir, line);
  });

  it('requires https for the offer URL', () => {
    const dir = copyData();
    editOffer(dir, 'wide-area', 0, (o) => {
      o.url = 'http://www.geburt-vertraulich.de';
    });
    expectOnlyError(dir, `${catalogueFile(dir, 'wide-area')}: /offers/0/url: URL must use https`);
  });

  it('reports a malformed e-mail address', () => {
    const dir = copyData();
    editOffer(dir, 'coburg-land', 2, (o) => {
      o.email = 'familie@landkreis-coburg';
    });
    const line = `${catalogueFile(dir, 'coburg-land')}: /offers/2/email: invalid e-mail address "familie@landkreis-coburg"`;
    expectOnlyError(dir, line);
  });
});

describe('sources of contact fields', WHOLE_DATA, () => {
  const uncovered =
    "contact field has no source (add its pointer to source.covers or to a further_sources entry's covers)";

  it('reports a contact field that no source covers', () => {
    const dir = copyData();
    editOffer(dir, 'wide-area', 0, (o) => {
      o.phones.push({ number: '+4983429110', display: '08342 911-0' });
    });
    expectOnlyError(dir, `${catalogueFile(dir, 'wide-area')}: /offers/0/phones/1: ${uncovered}`);
  });

  it('accepts a contact field covered by a further source', () => {
    const dir = copyData();
    editOffer(dir, 'wide-area', 0, (o) => {
      o.email = 'info@example.org';
      o.further_sources = [{ title: 'Flyer', url: 'https://example.org/flyer', covers: ['/email'] }];
    });
    expect(errorLines(checkCatalogue({ dataDir: dir, today: TODAY }))).toEqual([]);
  });

  it('reports a covers entry that points at nothing', () => {
    const dir = copyData();
    editOffer(dir, 'wide-area', 0, (o) => {
      o.source.covers = [...(o.source.covers ?? []), '/email'];
    });
    const line = `${catalogueFile(dir, 'wide-area')}: /offers/0/source/covers/2: covers "/email", but the offer has no value there`;
    expectOnlyError(dir, line);
  });

  it('requires a url or document on a further source that covers fields', () => {
    const dir = copyData();
    editOffer(dir, 'wide-area', 0, (o) => {
      o.further_sources = [{ title: 'Hearsay', covers: ['/url'] }];
    });
    const line = `${catalogueFile(dir, 'wide-area')}: /offers/0/further_sources/0: a further source that covers fields needs a url or a document`;
    expectOnlyError(dir, line);
  });

  it('explains a covers entry that is not a JSON pointer', () => {
    const dir = copyData();
    editOffer(dir, 'wide-area', 0, (o) => {
      o.source.covers = ['phones/0', '/url'];
    });
    const line = `${catalogueFile(dir, 'wide-area')}: /offers/0/source/covers/0: must be a JSON pointer into the offer, e.g. /phones/0`;
    expectOnlyError(dir, line);
  });
});

describe('organizations', WHOLE_DATA, () => {
  it('reports an unknown organization id', () => {
    const dir = copyData();
    editOffer(dir, 'kaufbeuren', 0, (o) => {
      o.organization.id = 'stadt-kaufbeuren-x';
    });
    const line = `${catalogueFile(dir, 'kaufbeuren')}: /offers/0/organization/id: unknown organization "stadt-kaufbeuren-x" (not in organizations.json)`;
    expectOnlyError(dir, line);
  });

  it('reports an organization phone that is not canonical', () => {
    const dir = copyData();
    const i = editOrganization(dir, 'landratsamt-ostallgaeu', (org) => {
      const [phone] = org.phones;
      if (phone) phone.number = '08342 911-0';
    });
    const message = 'phone number "08342 911-0" is not in canonical form; it would be "+4983429110"';
    expectOnlyError(dir, `${organizationsPath(dir)}: /organizations/${i}/phones/0/number: ${message}`);
  });

  it('reports an organization phone whose display dials another number', () => {
    const dir = copyData();
    const i = editOrganization(dir, 'landratsamt-ostallgaeu', (org) => {
      const [phone] = org.phones;
      if (phone) phone.display = '08342 911-1';
    });
    const message = 'display "08342 911-1" does not match number "+4983429110"';
    expectOnlyError(dir, `${organizationsPath(dir)}: /organizations/${i}/phones/0/display: ${message}`);
  });

  it('reports a duplicate organization id', () => {
    const dir = copyData();
    const file = organizationsPath(dir);
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { organizations: { id: string }[] };
    const [first] = json.organizations;
    if (first) json.organizations.push({ ...first });
    fs.writeFileSync(file, JSON.stringify(json));
    const i = json.organizations.length - 1;
    const line = `${organizationsPath(dir)}: /organizations/${i}/id: duplicate organization id "stadt-kaufbeuren"`;
    expectOnlyError(dir, line);
  });

  it('requires https and a well-formed e-mail for organizations', () => {
    const dir = copyData();
    const i = editOrganization(dir, 'landratsamt-coburg-familienbuero', (org) => {
      org.url = 'http://www.landkreis-coburg.de';
      org.email = 'familie@landkreis-coburg';
    });
    const result = checkCatalogue({ dataDir: dir, today: TODAY });
    expect(errorLines(result)).toEqual([
      `${organizationsPath(dir)}: /organizations/${i}/url: URL must use https`,
      `${organizationsPath(dir)}: /organizations/${i}/email: invalid e-mail address "familie@landkreis-coburg"`,
    ]);
  });

  it('reports a missing organizations.json and skips the id check', () => {
    const dir = copyData();
    fs.rmSync(organizationsPath(dir));
    expectOnlyError(dir, `${organizationsPath(dir)}: /: cannot read file (ENOENT)`);
  });
});
