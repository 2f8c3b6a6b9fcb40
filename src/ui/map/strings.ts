/** German texts of the map, until they are merged into src/i18n/locales/de.json (used as i18next defaults). */
export const MAP_STRINGS_DE = {
  'map.heading': 'Karte',
  'map.open': 'Karte anzeigen',
  'map.close': 'Karte ausblenden',
  'map.loading': 'Karte wird geladen …',
  'map.error': 'Die Karte konnte gerade nicht geladen werden. Die Liste unten zeigt dieselben Angebote.',
  'map.label': 'Karte der Angebote',
  'map.keyboardHint':
    'Mit der Tastatur: Tabulatortaste springt zu den Markierungen, Eingabetaste öffnet sie, Pfeiltasten verschieben die Karte, Plus und Minus zoomen.',
  'map.approximateHint': 'Gestrichelte Kreise zeigen nur den Ort (Gemeindemitte), nicht die genaue Adresse.',
  'map.approximate': 'ungefähre Lage',
  'map.group': '{{n}} Angebote an diesem Ort ({{town}})',
  'map.closePopup': 'Schließen',
  'map.zoomIn': 'Hineinzoomen',
  'map.zoomOut': 'Herauszoomen',
  'map.consentQuestion': 'Online-Karte laden?',
  'map.consentText':
    'Dabei wird Ihre IP-Adresse an das Bundesamt für Kartographie und Geodäsie (sgx.geodatenzentrum.de) übertragen.',
  'map.consentOffline': 'Ohne Online-Karte zeigt Lotse nur Grenzen und Orte.',
  'map.consentStored': 'Ihre Antwort wird nur auf diesem Gerät gespeichert; Sie können sie jederzeit ändern.',
  'map.consentYes': 'Ja, Online-Karte laden',
  'map.consentNo': 'Nein',
  'map.consentGiven':
    'Die Online-Karte ist eingeschaltet: Ihr Gerät lädt Kartenbilder von sgx.geodatenzentrum.de.',
  'map.withdraw': 'Zustimmung widerrufen',
  'map.consentDeclined': 'Die Online-Karte bleibt aus.',
  'map.changeChoice': 'Entscheidung ändern',
  'map.listHeading': 'Dieselben Angebote als Liste',
  'map.unplaced':
    'Ohne festen Ort und daher nicht auf der Karte (zum Beispiel Telefon- oder Online-Beratung): {{n}}',
  'map.creditsBase': 'Grenzen und Orte:',
  'map.creditsTiles': 'Kartenbilder:',
  'map.creditsSoftware': 'Kartensoftware:',
} as const;

export type MapStringKey = keyof typeof MAP_STRINGS_DE;
