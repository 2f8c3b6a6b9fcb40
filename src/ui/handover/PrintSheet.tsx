import { useEffect, useMemo } from 'preact/hooks';
import { findLanguage, GERMAN } from '../../i18n/index.ts';
import { formatDate, telHref } from '../common/format.ts';
import { useModule } from '../common/use-module.ts';
import { useI18n, useT } from '../context.ts';
import { linkCodes } from './handover-codes.ts';
import type { HandoverEntry } from './handover-content.ts';
import { loadQr, QrCodes } from './QrCodes.tsx';
import type { Handover } from './use-handover.ts';

/** `request`: how often "Blatt drucken" was chosen; each choice prints once, when the QR code is drawn. */
type Params = Record<string, string>;

type Props = { handover: Handover; request: number };

/**
 * The A4 sheet for the family: hidden on screen, the only thing printed once "Blatt drucken" is chosen. In the
 * family's language and direction with the German label beside each one (a German reader at the KoKi can follow
 * it too); names, numbers and addresses stay as the catalogue writes them, numbers left to right.
 */
export function PrintSheet({ handover, request }: Props) {
  const t = useT();
  const { entries, options } = handover;
  const qr = useModule(loadQr);
  const links = useMemo(() => linkCodes(entries, options), [entries, options]);
  useEffect(() => {
    // The sheet stays after printing: printing it again (or with the browser's menu) prints the same sheet.
    if (qr.status !== 'loading' && request > 0) window.print();
  }, [qr.status, request]);
  return (
    <div class="sheet" lang={options.lang} dir={findLanguage(options.lang)?.dir ?? 'ltr'}>
      <h2>
        <Both k="handover.sheetTitle" />
      </h2>
      <p class="sheet__date">
        <Both
          k="handover.sheetDate"
          params={{ date: options.date }}
          deParams={{ date: formatDate(options.today, GERMAN) }}
        />
      </p>
      <ol class="sheet__offers">
        {entries.map((entry) => (
          <SheetEntry key={entry.id} entry={entry} />
        ))}
      </ol>
      <div class="sheet__qr">
        <QrCodes texts={links} label={t('handover.qrLabel')} />
        <p>
          <Both k="handover.sheetQr" />
        </p>
      </div>
    </div>
  );
}

/** A label in the family's language with the German one beside it (German alone for German and Leichte Sprache). */
function Both({ k, params, deParams = params }: { k: string; params?: Params; deParams?: Params }) {
  const t = useT();
  const i18n = useI18n();
  const own = t(k, params);
  const german = i18n.getFixedT(GERMAN)(k, deParams);
  if (findLanguage(i18n.language)?.locale === GERMAN || own === german) return <>{own}</>;
  return (
    <>
      {own}{' '}
      <span class="sheet__de" lang="de" dir="ltr">
        {german}
      </span>
    </>
  );
}

function SheetEntry({ entry }: { entry: HandoverEntry }) {
  type Extra = { params?: Params; tel?: string; note?: string | null };
  const row = (key: string, value: string, { params, tel, note }: Extra = {}) => (
    <div key={`${key}${value}`}>
      <dt>
        <Both k={key} params={params} />
      </dt>
      <dd>
        <bdi lang="de" dir="ltr">
          {tel ? <a href={telHref(tel)}>{value}</a> : value}
        </bdi>
        {note && <span class="sheet__note"> {note}</span>}
      </dd>
    </div>
  );
  return (
    <li class="sheet__offer">
      <h3>
        <bdi lang="de">{entry.name}</bdi>
      </h3>
      <dl>
        {entry.phones.map((p) =>
          p.via
            ? row('handover.phoneVia', p.display, { params: { name: p.via }, tel: p.number, note: p.note })
            : row('handover.phone', p.display, { tel: p.number, note: p.note }),
        )}
        {entry.phones.length === 0 && !entry.web && !entry.email && (
          <div>
            <dt>
              <Both k="handover.noPhone" />
            </dt>
          </div>
        )}
        {entry.addresses.map((a) => row('handover.address', a))}
        {entry.hours && row('handover.hours', entry.hours)}
        {entry.web && row('handover.web', entry.web)}
        {entry.email && row('handover.email', entry.email)}
      </dl>
    </li>
  );
}
